using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Accounts;

[Authorize(Policy = StaffPermissions.ManageAccounts)]
public sealed class CreateModel(IMediator mediator) : AccountForm(mediator)
{
    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = null;
        await Mediator.Send(Input);
        TempData["Saved"] = "账号已新建。";
        return RedirectToPage("Index");
    }
}
