using MediatR;
using Microsoft.AspNetCore.Authorization;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Groups;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Groups;

/// <summary>Groups, newest first: a worker's own by default, the station's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : WorkListModel(user)
{
    public Paged<GroupView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListGroups.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync()
    {
        await LoadStationsAsync(mediator);
        Result = await mediator.Send(new ListGroups(MineOnly, Pending, PageNumber, Size) { StationId = StationFilter, Sort = Sort, Dir = Dir });
    }
}
