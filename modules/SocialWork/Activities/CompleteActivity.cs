using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>
/// Completes an activity once nothing is missing (past its day, participants, summary, sign-in sheet, a photo):
/// credits its size's indicator once to the worker responsible and puts it on the participants' timelines, through
/// the outbox in the same transaction.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
internal sealed record CompleteActivity(string Id) : IRequest<MediatR.Unit>, IAudited, IAboutRecord
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
