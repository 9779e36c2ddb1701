using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>One page of the programmes in force for the 救助复核 list, those owed a review soonest first; <see cref="DueOnly"/> keeps the due and overdue.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record PageReviews(string? StationId = null, bool DueOnly = false, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<ReviewPage>
{
    internal static readonly SortColumns<ReviewLine> Columns = new SortColumns<ReviewLine>("due")
        .Add("due", l => l.NextDue)
        .Add("name", l => l.Name)
        .Add("kind", l => l.Kind)
        .Add("last", l => l.LastReview)
        .ThenBy(l => l.Name)
        .ThenBy(l => l.ProgrammeId);

    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<PageReviews, ReviewPage>
    {
        public async Task<ReviewPage> Handle(PageReviews request, CancellationToken cancellationToken)
        {
            var query = DueReviews.Query(db, request.DueOnly ? LocalTime.Today(clock) : null, request.StationId, null);
            var sort = Columns.Resolve(request.Sort, request.Dir);
            var rows = await Columns.Apply(query, sort).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new ReviewPage(rows, sort);
        }
    }
}

/// <summary>A page of review lines and how it is sorted.</summary>
public sealed record ReviewPage(Paged<ReviewLine> Rows, ListSort Sort);

/// <summary>The reviews owed today or overdue, of a station or all the caller sees (soonest first, at most 1,000).</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record ListDueReviews(string? StationId = null) : IRequest<IReadOnlyList<ReviewLine>>
{
    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<ListDueReviews, IReadOnlyList<ReviewLine>>
    {
        public async Task<IReadOnlyList<ReviewLine>> Handle(ListDueReviews request, CancellationToken cancellationToken) =>
            await DueReviews.Query(db, LocalTime.Today(clock), request.StationId, null).OrderBy(l => l.NextDue).ThenBy(l => l.Name).Take(1000).ToListAsync(cancellationToken);
    }
}
