using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>Withdraws a care visit entered in error (who recorded it, or the lead); its credit and timeline entry are taken back, its needs still waiting leave the 待链接 list (they stay on the archive).</summary>
[Requires(ChildWelfarePermissions.Withdraw, Owner = Ownership.WorkerOrLead, Record = typeof(CareVisit))]
internal sealed record WithdrawCareVisit(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤回的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤回的原因。")] string Reason) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "撤回儿童关爱探视";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(ChildWelfareDb db, TimeProvider clock) : IRequestHandler<WithdrawCareVisit, Unit>
    {
        public async Task<Unit> Handle(WithdrawCareVisit request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次探视，或您无权查看。");
            visit.Withdraw(request.Reason.Trim());
            var source = ChildMessages.Visit(visit.Id);
            db.EnqueueWithdrawal(source, visit.Credited, visit.WithdrawReason!, clock);
            if (visit.Needs is not null)
            {
                db.EnqueueNeedsWithdrawal(source, "探视记录已撤回：" + visit.WithdrawReason, clock);
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
