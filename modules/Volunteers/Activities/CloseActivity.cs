using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modularity.Records;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>
/// The linking worker (or a lead) closes the sheet: the hours served are credited to that worker as VOLUNTEER, once,
/// through the outbox with the close. Refused while someone is signed in without a sign-out (flagged, never guessed) or
/// a new volunteer still waits for the worker's check.
/// </summary>
[Requires(VolunteerPermissions.Record, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
internal sealed record CloseActivity(string Id) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "志愿服务活动结束登记";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(VolunteersDb db, TimeProvider clock) : IRequestHandler<CloseActivity, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(CloseActivity request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动，或您无权查看。");
            activity.EnsureOpen();
            var now = clock.GetUtcNow().UtcDateTime;
            if (now < activity.StartsAt)
            {
                throw new BusinessRuleException("活动还没有开始，不能结束登记。");
            }

            var sheet = await (from t in db.Attendances where t.ActivityId == activity.Id
                               join v in db.Volunteers on t.VolunteerId equals v.Id
                               select new { t.VolunteerName, t.SignedOutAt, t.Hours, v.Status }).ToListAsync(cancellationToken);
            if (sheet.Count == 0)
            {
                throw new BusinessRuleException("这次活动还没有人签到，不能结束登记。");
            }

            var open = sheet.Where(s => s.SignedOutAt is null).Select(s => s.VolunteerName).ToList();
            if (open.Count > 0)
            {
                throw new BusinessRuleException($"还有 {open.Count} 人签到后没有签退（{string.Join("、", open.Take(5))}{(open.Count > 5 ? " 等" : "")}）：请核实后代为签退或更正时间，平台不会替您估算。");
            }

            var unchecked_ = sheet.Where(s => s.Status == VolunteerStatus.AwaitingCheck).Select(s => s.VolunteerName).Distinct().ToList();
            if (unchecked_.Count > 0)
            {
                throw new BusinessRuleException($"还有 {unchecked_.Count} 名扫码新加入的志愿者待核对（{string.Join("、", unchecked_.Take(5))}）：请先在“志愿者”中核对其证件信息。");
            }

            var hours = sheet.Sum(s => s.Hours);
            activity.Close(now, hours);
            Credit(db, activity, sheet.Count, clock);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }

    /// <summary>The activity's current credit: its hours to the linking worker, under the current revision's source.</summary>
    internal static void Credit(VolunteersDb db, Activity activity, int people, TimeProvider clock) =>
        db.EnqueueCredit(
            VolunteerMessages.Credit(activity.Id, activity.CreditRevision),
            new ServiceCredit(activity.StationId, activity.WorkerId, Indicators.Volunteer, activity.CreditedHours, activity.Day, [], $"链接志愿服务：{activity.Title}（{people} 人，{activity.CreditedHours:0.##} 小时）", VolunteerMessages.Link(activity.Id)),
            clock);
}
