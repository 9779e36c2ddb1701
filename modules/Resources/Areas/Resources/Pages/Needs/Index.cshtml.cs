using MediatR;
using Microsoft.AspNetCore.Authorization;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Needs;

namespace Platform.Modules.Resources.Areas.Resources.Pages.Needs;

/// <summary>待链接需求: the needs other modules found (visits …) still waiting for a resource, oldest first, each with its 转介 link.</summary>
[Authorize(Policy = ResourcesPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    public Paged<NeedLine> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public bool SeesAllStations => user.SeesAllStations();

    public bool MayRefer => user.IsInRole(Roles.Worker) && user.StationId is not null;

    public async Task OnGetAsync()
    {
        Stations = await mediator.Send(new GetStations());
        Result = await mediator.Send(new PageNeeds(SeesAllStations ? StationId : null, null, false, PageNumber, Size));
    }
}
