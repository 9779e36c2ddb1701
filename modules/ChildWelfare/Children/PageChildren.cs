using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>
/// One page of the children's files for the 儿童关爱 list, sorted in the query by a whitelisted column (key children
/// first by default, as <see cref="ListChildren"/> orders them).
/// </summary>
[Requires(ChildWelfarePermissions.View)]
internal sealed record PageChildren(string? StationId = null, bool KeyOnly = false, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<ChildPage>
{
    /// <summary>The columns the list sorts by; an unknown name sorts as the default.</summary>
    internal static readonly SortColumns<ChildListRow> Columns = new SortColumns<ChildListRow>("key", descending: true)
        .Add("key", c => c.IsKeyChild)
        .Add("name", c => c.Name)
        // Stored as its name: rank it, or 高 would sort before 低 and 中 by the alphabet.
        .Add("risk", c => c.Risk == RiskLevel.High ? 2 : c.Risk == RiskLevel.Medium ? 1 : 0)
        .Add("visits", c => c.Visits)
        .Add("last", c => c.Last)
        .ThenBy(c => c.Name)
        .ThenBy(c => c.ClientId);

    internal sealed class Handler(ChildWelfareDb db, TimeProvider clock) : IRequestHandler<PageChildren, ChildPage>
    {
        public async Task<ChildPage> Handle(PageChildren request, CancellationToken cancellationToken)
        {
            var month = DueChildren.MonthOf(LocalTime.Today(clock));
            var sort = Columns.Resolve(request.Sort, request.Dir);
            var page = await Columns.Apply(ListChildren.Lines(db, month, request.StationId, request.KeyOnly), sort)
                .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new ChildPage(page.Map(r => r.ToLine()), sort);
        }
    }
}

/// <summary>A page of children and how it is sorted.</summary>
public sealed record ChildPage(Paged<ChildLine> Rows, ListSort Sort);
