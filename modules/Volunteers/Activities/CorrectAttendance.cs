using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>
/// The worker corrects a sign-in or sign-out time, with the reason (kept on the row and in the audit log). After the
/// activity is closed the credit follows exactly: the old credit is retracted and the new total credited, each through
/// the kit under its own part, so the ledger holds the corrected hours once.
/// </summary>
[Requires(VolunteerPermissions.Record, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
internal sealed class CorrectAttendance : IRequest, IAudited, IAboutRecord
{
    [JsonIgnore]
    public string ActivityId { get; set; } = "";

    [JsonIgnore]
    public string AttendanceId { get; set; } = "";

    [Required(ErrorMessage = "请填写签到时间。")]
    public DateTimeOffset? SignedInAt { get; set; }

    /// <summary>Empty: not signed out (the row stays flagged).</summary>
    public DateTimeOffset? SignedOutAt { get; set; }

    [Required(ErrorMessage = "请用 200 字以内写明更正的原因。")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "请用 200 字以内写明更正的原因。")]
    public string Reason { get; set; } = "";

    string IAboutRecord.RecordId => ActivityId;

    string IAudited.AuditAction => "更正志愿服务时间";

    string? IAudited.AuditTarget => AttendanceId;

    string? IAudited.AuditDetail => $"{SignedInAt:yyyy-MM-dd HH:mm} – {SignedOutAt:HH:mm}：{Reason}";

    internal sealed class Handler(VolunteersDb db, VolunteerRules rules, ICurrentUser user, TimeProvider clock) : IRequestHandler<CorrectAttendance, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(CorrectAttendance request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动，或您无权查看。");
            var attendance = await db.Attendances.FirstOrDefaultAsync(t => t.Id == request.AttendanceId && t.ActivityId == activity.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条签到记录。");
            var now = clock.GetUtcNow().UtcDateTime;
            var signedIn = request.SignedInAt!.Value.UtcDateTime;
            var signedOut = request.SignedOutAt?.UtcDateTime;
            if (signedIn > now || signedOut > now)
            {
                throw new BusinessRuleException("时间不能晚于现在。", "signedOutAt");
            }

            if (LocalTime.DateOf(request.SignedInAt.Value) != activity.Day)
            {
                throw new BusinessRuleException($"签到时间应在活动当天（{activity.Day:yyyy-MM-dd}）。", "signedInAt");
            }

            if (activity.State == ActivityState.Closed && signedOut is null)
            {
                throw new BusinessRuleException("活动已结束登记，请填写签退时间。", "signedOutAt");
            }

            attendance.Correct(signedIn, signedOut, request.Reason.Trim(), user.UserId!, now, rules);
            if (activity.State == ActivityState.Closed)
            {
                var rows = await db.Attendances.Where(t => t.ActivityId == activity.Id && t.Id != attendance.Id).Select(t => t.Hours).ToListAsync(cancellationToken);
                var total = rows.Sum() + attendance.Hours;
                if (total != activity.CreditedHours)
                {
                    var previous = activity.Recredit(total);
                    db.EnqueueRetraction(VolunteerMessages.Credit(activity.Id, previous), $"更正志愿服务时间：{request.Reason.Trim()}", clock);
                    CloseActivity.Credit(db, activity, rows.Count + 1, clock);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
