using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Staff.Compliance;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Supervision;

/// <summary>登记督导: date, hours, online or in person, supervisor, topic, record, and the workers present.</summary>
[Authorize(Policy = StaffPermissions.ManageCompliance)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public RecordSupervision Input { get; set; } = new();

    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input = new RecordSupervision { Date = LocalTime.Today(clock), Hours = 2, Mode = SupervisionMode.InPerson };
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await mediator.Send(Input);
        TempData["Saved"] = "督导已登记，每名社工的督导时长已计入。";
        return RedirectToPage("Details", new { id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.IsActive && w.StationId is not null).ToList();
        Stations = await mediator.Send(new GetStations(), cancellationToken);
    }
}
