using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>The worker responsible, or the lead, withdraws an activity entered in error; a completed one's hours and timeline entries are taken back.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
public sealed class WithdrawActivity : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明撤回的原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "撤回社区活动";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WithdrawActivity, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WithdrawActivity request, CancellationToken cancellationToken)
        {
            var activity = await ActivityAccess.ForChangeAsync(db, request.Id, cancellationToken);
            activity.Withdraw(request.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
            if (activity.IsCompleted)
            {
                db.EnqueueWithdrawal(ActivityAccess.Source(activity), credited: true, "社区活动已撤回：" + activity.WithdrawReason, clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
