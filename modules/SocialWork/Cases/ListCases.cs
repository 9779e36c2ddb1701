using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>Cases the caller may see, newest first: a worker's or a client's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListCases(string? WorkerId = null, string? ClientId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<CaseView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListCases, Paged<CaseView>>
    {
        public async Task<Paged<CaseView>> Handle(ListCases request, CancellationToken cancellationToken)
        {
            var cases = db.Cases.AsNoTracking();
            if (request.WorkerId is { } workerId)
            {
                cases = cases.Where(c => c.WorkerId == workerId);
            }

            if (request.ClientId is { } clientId)
            {
                _ = await mediator.Send(new GetClient(clientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
                cases = cases.Where(c => c.ClientId == clientId);
            }

            if (request.PendingOnly)
            {
                cases = cases.Where(c => !c.IsWithdrawn && !c.Documents.Any(d => d.Kind == CaseDocumentKind.Evaluation));
            }

            var found = await cases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.CreatedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(c => CaseView.Of(c, names));
        }
    }
}
