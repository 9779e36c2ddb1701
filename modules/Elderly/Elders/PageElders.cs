using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>
/// One page of the elders for the 老年人探访 list, those owed a visit first unless another whitelisted column is asked for.
/// </summary>
/// <remarks>
/// The next due day comes from each elder's cadence and last visit (<see cref="ElderlyRules.Next"/>), worked out after
/// the read, so this list is sorted and paged after <see cref="DueElders.LinesAsync"/> rather than in SQL: one station
/// or district holds a few hundred to a few thousand elders, one narrow row each.
/// </remarks>
[Requires(ElderlyPermissions.View)]
internal sealed record PageElders(string? StationId = null, bool DueOnly = false, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<ElderPage>
{
    /// <summary>The columns the list sorts by; an unknown name sorts as the default (the soonest due first).</summary>
    internal static readonly SortColumns<ElderLine> Columns = new SortColumns<ElderLine>("due")
        .Add("due", e => e.NextDue)
        .Add("name", e => e.Name)
        .Add("tier", e => e.Tier)
        .Add("last", e => e.LastVisit)
        .ThenBy(e => e.Name)
        .ThenBy(e => e.ClientId);

    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<PageElders, ElderPage>
    {
        public async Task<ElderPage> Handle(PageElders request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var lines = await DueElders.LinesAsync(db, today, request.StationId, null, request.DueOnly, cancellationToken);
            var sort = Columns.Resolve(request.Sort, request.Dir);
            var ordered = Columns.Apply(lines.AsQueryable(), sort).ToList();
            var size = Math.Clamp(request.PageSize, 1, 100);
            var last = Math.Max(1, (ordered.Count + size - 1) / size);
            var page = Math.Clamp(request.Page, 1, last);
            var items = ordered.Skip(Paging.Offset(page, size)).Take(size).ToList();
            return new ElderPage(new Paged<ElderLine>(items, ordered.Count, page, size), sort);
        }
    }
}

/// <summary>A page of elders and how it is sorted.</summary>
public sealed record ElderPage(Paged<ElderLine> Rows, ListSort Sort);
