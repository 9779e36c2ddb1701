using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>The worker responsible, or the lead, withdraws a case entered in error; its credit and timeline entry are taken back.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
public sealed class WithdrawCase : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明撤回的原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "撤回个案";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WithdrawCase, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WithdrawCase request, CancellationToken cancellationToken)
        {
            var @case = await Records.ForChangeAsync(db.Cases, request.Id, "个案", cancellationToken);
            @case.Withdraw(request.Reason.Trim());
            db.EnqueueWithdrawal(CaseMessages.Source(@case), credited: @case.IsEvaluated, "个案已撤回：" + @case.WithdrawReason, clock);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
