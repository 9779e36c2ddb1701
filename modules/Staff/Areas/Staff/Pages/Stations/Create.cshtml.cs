using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Stations;

/// <summary>What the station form partial binds to.</summary>
public interface IStationForm
{
    SaveStation Input { get; }
}

[Authorize(Policy = StaffPermissions.ManageStations)]
public sealed class CreateModel(IMediator mediator) : PageModel, IStationForm
{
    [BindProperty]
    public SaveStation Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = null;
        await mediator.Send(Input);
        TempData["Saved"] = "站点已新建。";
        return RedirectToPage("Index");
    }
}
