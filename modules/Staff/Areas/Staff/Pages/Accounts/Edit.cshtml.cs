using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Accounts;

[Authorize(Policy = StaffPermissions.ManageAccounts)]
public sealed class EditModel(IMediator mediator) : AccountForm(mediator)
{
    public async Task<IActionResult> OnGetAsync(string id)
    {
        var account = (await Mediator.Send(new ListAccounts(AccountId: id))).SingleOrDefault();
        if (account is null)
        {
            return NotFound();
        }

        Input = new SaveAccount
        {
            Id = account.Id,
            UserName = account.UserName,
            DisplayName = account.DisplayName,
            Role = account.Role ?? "",
            StationId = account.StationId,
            IsDisabled = account.IsDisabled,
        };
        await LoadLookupsAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Input.Id = id;
        await Mediator.Send(Input);
        TempData["Saved"] = "账号已保存。";
        return RedirectToPage("Index");
    }
}
