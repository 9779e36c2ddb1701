using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Domain;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Visits;

/// <summary>Visits, newest first: a worker's own by default, the station's or a client's on asking; filtered by station, worker, days and kind.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WorkerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public VisitKind? Kind { get; set; }

    public Paged<VisitView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy { get; private set; } = ListVisits.Columns.Resolve(null, null);


    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public bool SeesAllStations => user.SeesAllStations();

    /// <summary>A worker sees their own visits unless they ask for the station's, a colleague's or a client's.</summary>
    public bool MineOnly => CanRecord && !Station && string.IsNullOrWhiteSpace(ClientId) && string.IsNullOrWhiteSpace(WorkerId);

    /// <summary>Whether a filter narrows the list (an empty list then says to widen it).</summary>
    public bool Filtered => From is not null || To is not null || Kind is not null || !string.IsNullOrWhiteSpace(StationId) || !string.IsNullOrWhiteSpace(WorkerId) || !string.IsNullOrWhiteSpace(ClientId);

    public async Task OnGetAsync()
    {
        var station = SeesAllStations && !string.IsNullOrWhiteSpace(StationId) ? StationId : null;
        SortedBy = ListVisits.Columns.Resolve(Sort, Dir);
        Result = await mediator.Send(new ListVisits(ClientId, MineOnly ? user.UserId : WorkerId, From, To, PageNumber, Size)
        {
            StationId = station,
            Kind = Kind,
            Sort = Sort,
            Dir = Dir,
        });
        if (SeesAllStations)
        {
            Stations = await mediator.Send(new GetStations());
        }

        Workers = await mediator.Send(new GetStationWorkers(station));
    }
}
