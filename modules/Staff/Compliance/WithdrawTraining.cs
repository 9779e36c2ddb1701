using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Compliance;

/// <summary>Withdraws a training record entered in error (its worker, the lead or the administrator); the credit is retracted.</summary>
[Requires(StaffPermissions.RecordTraining)]
internal sealed record WithdrawTraining(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤销的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤销的原因。")] string Reason) : IRequest, IAudited
{
    string IAudited.AuditAction => "撤销培训记录";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<WithdrawTraining, Unit>
    {
        public async Task<Unit> Handle(WithdrawTraining request, CancellationToken cancellationToken)
        {
            var reason = request.Reason.Trim();
            var training = await db.TrainingRecords.FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken);
            if (training is null || (!user.SeesAllStations() && training.WorkerId != user.UserId))
            {
                throw new NotFoundException("找不到这条培训记录，或您无权查看。");
            }

            training.Withdraw(reason);
            db.EnqueueRetraction(ComplianceMessages.Training(training), reason, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
