using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Records;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Referrals;

/// <summary>
/// Moves a referral on (the worker who made it, or the lead): 已转介 → 已对接 → 已解决, or 未能解决 with its reason
/// (also before 对接: a resource may turn the client away). A step skipped, a closed referral, or a referral changed
/// since the page was read (<see cref="Version"/>) is a 409 in Chinese. Closing it puts the outcome on the client's
/// timeline and takes the follow-up off the digest; a new follow-up day may be set while it stays open.
/// </summary>
[Requires(ResourcesPermissions.Follow, Owner = Ownership.WorkerOrLead, Record = typeof(Referral))]
public sealed class AdvanceReferral : IRequest, IAudited, IAboutRecord
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请选择转介的新状态。")]
    public ReferralStatus? Status { get; set; }

    /// <summary>The day it happened; today when left out.</summary>
    public DateOnly? On { get; set; }

    [StringLength(1000, ErrorMessage = "结果说明不能超过 1000 字。")]
    public string? Outcome { get; set; }

    [StringLength(500, ErrorMessage = "未能解决的原因不能超过 500 字。")]
    public string? Reason { get; set; }

    public DateOnly? FollowUpOn { get; set; }

    /// <summary>The version the page or app read; a referral changed since is refused (409).</summary>
    public int? Version { get; set; }

    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "更新转介状态";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Status?.ToString();

    internal sealed class Handler(ResourcesDb db, TimeProvider clock) : IRequestHandler<AdvanceReferral, Unit>
    {
        public async Task<Unit> Handle(AdvanceReferral request, CancellationToken cancellationToken)
        {
            var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条转介，或您无权查看。");
            if (request.Version is { } read && read != (int)db.Entry(referral).Property(ModuleModel.VersionProperty).CurrentValue!)
            {
                throw new ConflictException("这条转介刚才已被修改，请刷新后查看最新状态再操作。", "version");
            }

            var to = request.Status!.Value;
            var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
            if (to == ReferralStatus.Unresolved && reason is null)
            {
                throw new BusinessRuleException("改为“未能解决”时，请说明原因。", "reason");
            }

            var today = LocalTime.Today(clock);
            var on = request.On ?? today;
            if (on > today)
            {
                throw new BusinessRuleException("日期不能晚于今天。", "on");
            }

            if (request.FollowUpOn is { } followUp && (followUp < on || followUp > today.AddYears(1)))
            {
                throw new BusinessRuleException("跟进日期须在今天之后、一年以内。", "followUpOn");
            }

            referral.MoveTo(to, on, string.IsNullOrWhiteSpace(request.Outcome) ? null : request.Outcome.Trim(), reason, clock.GetUtcNow().UtcDateTime);
            if (referral.IsClosed)
            {
                referral.FollowUp(null);
                ReferralMessages.Closed(db, referral, clock);
            }
            else
            {
                referral.FollowUp(request.FollowUpOn);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
