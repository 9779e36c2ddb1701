using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>The worker responsible adds evidence to an activity: sign-in sheets (photo or PDF) and photos.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
public sealed record AttachActivityFiles(string Id, IReadOnlyList<IFormFile> SignIn, IReadOnlyList<IFormFile> Photos) : IRequest<int>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "上传社区活动材料";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => string.Join("、", SignIn.Concat(Photos).Select(f => f.FileName));

    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<AttachActivityFiles, int>
    {
        public async Task<int> Handle(AttachActivityFiles request, CancellationToken cancellationToken)
        {
            var activity = await ActivityAccess.ForChangeAsync(db, request.Id, cancellationToken);
            activity.EnsureOpen();
            var room = Activity.MostAttachments - activity.Attachments.Count;
            var tooMany = $"一个活动最多保存 {Activity.MostAttachments} 个文件（已有 {activity.Attachments.Count} 个）。";
            var signIn = await Evidence.StoreAsync(store, request.SignIn, AttachmentKind.SignIn, room, tooMany, cancellationToken);
            var photos = await Evidence.StoreAsync(store, request.Photos, AttachmentKind.Photo, room - signIn.Count, tooMany, cancellationToken);
            if (signIn.Count + photos.Count == 0)
            {
                throw new BusinessRuleException("请选择签到表或活动照片。", "files");
            }

            activity.Attach([.. signIn, .. photos]);
            await db.SaveChangesAsync(cancellationToken);
            return activity.Attachments.Count;
        }
    }
}

/// <summary>
/// Completes an activity once nothing is missing (past its day, participants, summary, sign-in sheet, a photo):
/// credits its size's indicator once to the worker responsible and puts it on the participants' timelines, through
/// the outbox in the same transaction.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
public sealed record CompleteActivity(string Id) : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "完成社区活动";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<CompleteActivity, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(CompleteActivity request, CancellationToken cancellationToken)
        {
            var activity = await ActivityAccess.ForChangeAsync(db, request.Id, cancellationToken);
            activity.Complete(LocalTime.Today(clock), clock.GetUtcNow().UtcDateTime);
            var source = ActivityAccess.Source(activity);
            db.EnqueueCredit(
                source,
                new ServiceCredit(activity.StationId, activity.WorkerId, activity.Indicator, 1, activity.Date, [.. activity.Clients.Select(c => c.ClientId)], $"{activity.SizeName}：{activity.Theme}", ActivityAccess.Link(activity)),
                clock);
            var at = new DateTimeOffset(activity.Date.ToDateTime(new TimeOnly(12, 0)), LocalTime.Offset);
            db.EnqueueTimeline(source, activity.Clients.Select(c => c.ClientId), at, "参加社区活动", activity.Theme, ActivityAccess.Link(activity), clock);

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

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

/// <summary>Who may change an activity, and how it names itself to the ledger and the registry.</summary>
internal static class ActivityAccess
{
    public const string Module = "socialwork";

    public static RecordSource Source(Activity activity) => new(Module, "activity", activity.Id);

    public static string Link(Activity activity) => $"/socialwork/activities/details/{activity.Id}";

    /// <summary>The activity, when the caller may change it (<see cref="Records"/>).</summary>
    public static Task<Activity> ForChangeAsync(SocialWorkDb db, string id, CancellationToken cancellationToken) =>
        Records.ForChangeAsync(db.Activities, id, "活动", cancellationToken);
}
