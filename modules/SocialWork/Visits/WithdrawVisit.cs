using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

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
