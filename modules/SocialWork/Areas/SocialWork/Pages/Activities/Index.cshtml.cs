using MediatR;
using Microsoft.AspNetCore.Authorization;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Activities;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Activities;

/// <summary>Community activities, newest first: a worker's own by default, the station's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : WorkListModel(user)
{
    public Paged<ActivityView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListActivities.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync()
    {
        await LoadStationsAsync(mediator);
        Result = await mediator.Send(new ListActivities(MineOnly, Pending, PageNumber, Size) { StationId = StationFilter, Sort = Sort, Dir = Dir });
    }
}
