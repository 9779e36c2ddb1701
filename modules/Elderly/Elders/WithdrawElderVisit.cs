using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>Withdraws an elder visit entered in error (who recorded it, or the lead); its credit and timeline entry are taken back, its needs still waiting leave the 待链接 list (they stay on the archive).</summary>
[Requires(ElderlyPermissions.Withdraw, Owner = Ownership.WorkerOrLead, Record = typeof(ElderVisit))]
internal sealed record WithdrawElderVisit(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤回的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤回的原因。")] string Reason) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "撤回老年人探访";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<WithdrawElderVisit, Unit>
    {
        public async Task<Unit> Handle(WithdrawElderVisit request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次探访，或您无权查看。");
            visit.Withdraw(request.Reason.Trim());
            var source = ElderMessages.Visit(visit.Id);
            db.EnqueueWithdrawal(source, credited: true, visit.WithdrawReason!, clock);
            if (visit.Needs is not null)
            {
                db.EnqueueNeedsWithdrawal(source, "探访记录已撤回：" + visit.WithdrawReason, clock);
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
