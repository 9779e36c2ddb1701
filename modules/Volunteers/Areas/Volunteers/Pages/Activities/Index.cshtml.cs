using MediatR;
using Microsoft.AspNetCore.Authorization;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.People;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Activities;

/// <summary>志愿服务活动: the activities (latest first), each worker's linked hours against the year's 200, the rules.</summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, VolunteerRules rules) : ListPageModel
{
    public ActivityPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("date", true));

    public IReadOnlyList<LinkedHours> Progress { get; private set; } = [];

    public VolunteerRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public string? Me => user.UserId;

    public async Task OnGetAsync()
    {
        Stations = await mediator.Send(new GetStations());
        Result = await mediator.Send(new ListActivities(SeesAllStations ? StationFilter : null, Sort, Dir, PageNumber, Size));
        Progress = await mediator.Send(new GetLinkedHours());
    }
}
