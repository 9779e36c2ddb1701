using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample.Visits;

/// <summary>
/// Withdraws a visit entered in error, with a reason. Who may — the worker who recorded it or a lead — is declared on the
/// request and checked by the platform; the credit and the timeline entry are taken back.
/// </summary>
[Requires(SamplePermissions.Withdraw, Owner = Ownership.WorkerOrLead, Record = typeof(SampleVisit))]
internal sealed record WithdrawSampleVisit(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤回的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤回的原因。")] string Reason) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "撤回示例模块探访";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SampleDb db, TimeProvider clock) : IRequestHandler<WithdrawSampleVisit, Unit>
    {
        public async Task<Unit> Handle(WithdrawSampleVisit request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次探访，或您无权查看。");
            visit.Withdraw(request.Reason.Trim());
            db.EnqueueWithdrawal(SampleMessages.Visit(visit.Id), credited: true, visit.WithdrawReason!, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
