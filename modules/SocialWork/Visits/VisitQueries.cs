using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>
/// Visits the caller may see, newest first: of a client, of a worker, over days. A client the caller may not see
/// answers as not found.
/// </summary>
[Requires(SocialWorkPermissions.View)]
public sealed record ListVisits(string? ClientId = null, string? WorkerId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 30) : IRequest<Paged<VisitView>>
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

/// <summary>One visit by id, or not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record GetVisit(string Id) : IRequest<VisitView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<GetVisit, VisitView>
    {
        public async Task<VisitView> Handle(GetVisit request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条探访记录，或您无权查看。");
            return VisitView.Of(visit, await WorkerNames.VisibleAsync(mediator, cancellationToken));
        }
    }
}

/// <summary>
/// The worker who recorded a visit, or the lead, withdraws it (entered twice, wrong person): its credits are
/// retracted and its timeline entries removed, through the outbox; the record stays, marked, for the audit.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Visit))]
public sealed class WithdrawVisit : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明撤回的原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "撤回探访记录";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WithdrawVisit, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WithdrawVisit request, CancellationToken cancellationToken)
        {
            var visit = await Records.ForChangeAsync(db.Visits, request.Id, "探访记录", cancellationToken);
            visit.Withdraw(request.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
            VisitMessages.Withdrawn(db, visit, clock);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>A visit as the pages and the API show it; times in China time.</summary>
public sealed record VisitView(
    string Id,
    string StationId,
    VisitKind Kind,
    string KindName,
    DateTimeOffset VisitedAt,
    string WorkerId,
    string WorkerName,
    IReadOnlyList<string> CompanionNames,
    IReadOnlyList<NamedClient> Clients,
    string Content,
    string? Place,
    IReadOnlyList<FoundNeed> Needs,
    DateOnly? FollowUpOn,
    string? FollowUpNote,
    int Photos,
    bool IsWithdrawn,
    string? WithdrawReason)
{
    internal static VisitView Of(Visit v, IReadOnlyDictionary<string, string> workers) => new(
        v.Id,
        v.StationId,
        v.Kind,
        v.KindName,
        v.LocalVisitedAt,
        v.WorkerId,
        workers.GetValueOrDefault(v.WorkerId, v.WorkerId),
        v.CompanionIds.Select(c => workers.GetValueOrDefault(c, c)).ToList(),
        v.Clients.Select(c => new NamedClient(c.ClientId, c.Name)).ToList(),
        v.Content,
        v.Place,
        v.Needs.Select(n => new FoundNeed(n.ClientId, n.Kind, n.Description, n.Priority)).ToList(),
        v.FollowUpOn,
        v.FollowUpNote,
        v.Photos.Count,
        v.IsWithdrawn,
        v.WithdrawReason);
}
