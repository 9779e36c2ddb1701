using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Cases;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Cases;

/// <summary>Cases, newest first: a worker's own by default, the station's or a client's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : WorkListModel(user)
{
    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    public Paged<CaseView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListCases.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync()
    {
        await LoadStationsAsync(mediator);
        var client = string.IsNullOrWhiteSpace(ClientId) ? null : ClientId;
        Result = await mediator.Send(new ListCases(client is null ? MineOnly : null, client, Pending, PageNumber, Size)
        {
            StationId = StationFilter,
            Sort = Sort,
            Dir = Dir,
        });
    }
}
