using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Compliance;

/// <summary>The lead withdraws a supervision session recorded in error; each worker's credit is retracted.</summary>
[Requires(StaffPermissions.ManageCompliance)]
internal sealed record WithdrawSupervision(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤销的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤销的原因。")] string Reason) : IRequest, IAudited
{
    string IAudited.AuditAction => "撤销督导";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(StaffDb db, TimeProvider clock) : IRequestHandler<WithdrawSupervision, Unit>
    {
        public async Task<Unit> Handle(WithdrawSupervision request, CancellationToken cancellationToken)
        {
            var reason = request.Reason.Trim();
            var session = await db.SupervisionSessions.FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次督导。");
            session.Withdraw(reason);
            ComplianceMessages.SupervisionWithdrawn(db, session, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
