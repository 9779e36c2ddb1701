using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Stations;

[Authorize(Policy = StaffPermissions.ManageStations)]
public sealed class EditModel(IMediator mediator) : PageModel, IStationForm
{
    [BindProperty]
    public SaveStation Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var station = await mediator.Send(new GetStation(id));
        if (station is null)
        {
            return NotFound();
        }

        Input = new SaveStation { Id = station.Id, Code = station.Code, Name = station.Name, Town = station.Town, IsActive = station.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Input.Id = id;
        await mediator.Send(Input);
        TempData["Saved"] = "站点已保存。";
        return RedirectToPage("Index");
    }
}
