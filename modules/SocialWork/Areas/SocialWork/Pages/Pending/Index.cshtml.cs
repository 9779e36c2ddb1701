using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Pending;

/// <summary>待完善: a worker's records that do not count yet, the station's, or (lead and bureau) any station's or all, oldest first.</summary>
/// <remarks>
/// The three kinds come from three tables, each capped at <see cref="ListPending.Most"/> and with what it lacks worked out
/// by the entity, so this list is sorted and paged after the read (at most a few hundred rows), not in SQL.
/// </remarks>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    /// <summary>The columns the list sorts by; oldest first by default, the most overdue.</summary>
    private static readonly SortColumns<PendingRecord> Columns = new SortColumns<PendingRecord>("since")
        .Add("since", r => r.Since)
        .Add("kind", r => r.Kind)
        .Add("title", r => r.Title)
        .ThenBy(r => r.Link);

    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    /// <summary>个案, 小组 or 社区活动; empty: all three.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public Paged<PendingRecord> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => Columns.Resolve(Sort, Dir);

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool SeesAllStations => user.SeesAllStations();

    public bool Filtered => StationFilter is not null || !string.IsNullOrWhiteSpace(Kind);

    public async Task OnGetAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        var records = (await mediator.Send(new ListPending(IsWorker && !Station ? user.UserId : null, StationFilter)))
            .Where(r => string.IsNullOrWhiteSpace(Kind) || r.Kind == Kind.Trim());
        var ordered = Columns.Apply(records.AsQueryable(), SortedBy).ToList();
        var size = Size;
        var last = Math.Max(1, (ordered.Count + size - 1) / size);
        var page = Math.Clamp(PageNumber, 1, last);
        Result = new Paged<PendingRecord>(ordered.Skip(Paging.Offset(page, size)).Take(size).ToList(), ordered.Count, page, size);
        Names = await mediator.Send(new GetStationNames());
    }
}
