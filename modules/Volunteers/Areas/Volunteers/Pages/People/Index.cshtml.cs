using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.People;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.People;

/// <summary>志愿者: the station's volunteers, numbers masked; those added by a scan and awaiting a check can be listed alone.</summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AwaitingOnly { get; set; }

    public VolunteerPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("name", false));

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync()
    {
        Stations = await mediator.Send(new GetStations());
        Result = await mediator.Send(new ListVolunteers(Search, AwaitingOnly, SeesAllStations ? StationFilter : null, Sort, Dir, PageNumber, Size));
    }
}
