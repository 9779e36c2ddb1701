using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;
using Platform.Modularity.Web;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>
/// Visits the caller may see, newest first: of a client, of a worker, over days. A client the caller may not see
/// answers as not found.
/// </summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListVisits(string? ClientId = null, string? WorkerId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 30) : IRequest<Paged<VisitView>>
{
    /// <summary>One station's visits, for those who see several (empty: all they see).</summary>
    public string? StationId { get; init; }

    /// <summary>Only home or only phone visits.</summary>
    public VisitKind? Kind { get; init; }

    /// <summary>A column of <see cref="Columns"/>; none or unknown: newest first.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? Dir { get; init; }

    /// <summary>The columns the list sorts by, in the query.</summary>
    internal static readonly SortColumns<Visit> Columns = new SortColumns<Visit>("visited", descending: true)
        .Add("visited", v => v.VisitedAt)
        .Add("followup", v => v.FollowUpOn)
        .ThenBy(v => v.Id);

    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListVisits, Paged<VisitView>>
    {
        public async Task<Paged<VisitView>> Handle(ListVisits request, CancellationToken cancellationToken)
        {
            var visits = db.Visits.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.ClientId) && request.ClientId is { } clientId)
            {
                _ = await mediator.Send(new GetClient(clientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
                visits = visits.Where(v => v.Clients.Any(c => c.ClientId == clientId));
            }

            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                visits = visits.Where(v => v.StationId == request.StationId);
            }

            if (request.Kind is { } kind)
            {
                visits = visits.Where(v => v.Kind == kind);
            }

            if (!string.IsNullOrWhiteSpace(request.WorkerId) && request.WorkerId is { } workerId)
            {
                visits = visits.Where(v => v.WorkerId == workerId);
            }

            if (request.From is { } from)
            {
                var start = LocalTime.StartOf(from);
                visits = visits.Where(v => v.VisitedAt >= start);
            }

            if (request.To is { } to)
            {
                var end = LocalTime.StartOf(to.AddDays(1));
                visits = visits.Where(v => v.VisitedAt < end);
            }

            var found = await Columns.Apply(visits, Columns.Resolve(request.Sort, request.Dir)).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(v => VisitView.Of(v, names));
        }
    }
}
