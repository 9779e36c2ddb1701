using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>Cases the caller may see, newest first: a worker's or a client's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListCases(string? WorkerId = null, string? ClientId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<CaseView>>
{
    /// <summary>One station's cases, for those who see several (empty: all they see).</summary>
    public string? StationId { get; init; }

    /// <summary>A column of <see cref="Columns"/>; none or unknown: newest first.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? Dir { get; init; }

    /// <summary>The columns the list sorts by, in the query.</summary>
    internal static readonly SortColumns<Case> Columns = new SortColumns<Case>("opened", descending: true)
        .Add("opened", c => c.OpenedOn)
        .Add("client", c => c.ClientName)
        .ThenBy(c => c.CreatedAt)
        .ThenBy(c => c.Id);

    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListCases, Paged<CaseView>>
    {
        public async Task<Paged<CaseView>> Handle(ListCases request, CancellationToken cancellationToken)
        {
            var cases = db.Cases.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                cases = cases.Where(c => c.StationId == request.StationId);
            }

            if (!string.IsNullOrWhiteSpace(request.WorkerId) && request.WorkerId is { } workerId)
            {
                cases = cases.Where(c => c.WorkerId == workerId);
            }

            if (!string.IsNullOrWhiteSpace(request.ClientId) && request.ClientId is { } clientId)
            {
                _ = await mediator.Send(new GetClient(clientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
                cases = cases.Where(c => c.ClientId == clientId);
            }

            if (request.PendingOnly)
            {
                cases = cases.Where(c => !c.IsWithdrawn && !c.Documents.Any(d => d.Kind == CaseDocumentKind.Evaluation));
            }

            var found = await Columns.Apply(cases, Columns.Resolve(request.Sort, request.Dir)).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(c => CaseView.Of(c, names));
        }
    }
}
