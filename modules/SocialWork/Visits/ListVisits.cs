using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>
/// Visits the caller may see, newest first: of a client, of a worker, over days. A client the caller may not see
/// answers as not found.
/// </summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListVisits(string? ClientId = null, string? WorkerId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 30) : IRequest<Paged<VisitView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListVisits, Paged<VisitView>>
    {
        public async Task<Paged<VisitView>> Handle(ListVisits request, CancellationToken cancellationToken)
        {
            var visits = db.Visits.AsNoTracking();
            if (request.ClientId is { } clientId)
            {
                _ = await mediator.Send(new GetClient(clientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
                visits = visits.Where(v => v.Clients.Any(c => c.ClientId == clientId));
            }

            if (request.WorkerId is { } workerId)
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

            var found = await visits.OrderByDescending(v => v.VisitedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(v => VisitView.Of(v, names));
        }
    }
}
