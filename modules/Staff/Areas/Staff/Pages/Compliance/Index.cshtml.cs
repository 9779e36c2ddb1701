using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.Staff.Compliance;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Compliance;

/// <summary>人员合规: who is behind on certificate, supervision and training, and by how much — project, station, or (worker) me.</summary>
[Authorize(Policy = StaffPermissions.ViewCompliance)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool BehindOnly { get; set; }

    public ComplianceReport Report { get; private set; } = new(default, []);

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public bool SeesAllStations => user.SeesAllStations();

    public bool CanManage => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);

    public async Task OnGetAsync()
    {
        Report = await mediator.Send(new GetCompliance(SeesAllStations ? StationId : null));
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
    }
}
