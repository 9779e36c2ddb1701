using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>The worker responsible, or the lead, withdraws a group entered in error; a completed one's hours and timeline entries are taken back.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
public sealed class WithdrawGroup : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明撤回的原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "撤回小组";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WithdrawGroup, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WithdrawGroup request, CancellationToken cancellationToken)
        {
            var group = await GroupAccess.FindForChangeAsync(db, request.Id, cancellationToken);
            var counted = group.IsCompleted ? group.CountedSessionList : [];
            group.Withdraw(request.Reason.Trim());
            var reason = "小组已撤回：" + group.WithdrawReason;
            foreach (var session in counted)
            {
                db.EnqueueRetraction(GroupAccess.Session(group, session), reason, clock);
            }

            if (counted.Count > 0)
            {
                // The credits are the sessions' parts, taken back above; the group itself holds only the timeline entries.
                db.EnqueueWithdrawal(GroupAccess.Source(group), credited: false, reason, clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
