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

/// <summary>The worker ticks a volunteer in or out (someone without a phone, or a scan that failed), now or at a time given.</summary>
[Requires(VolunteerPermissions.Record, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
internal sealed class MarkAttendance : IRequest<string>, IAudited, IAboutRecord
{
    [JsonIgnore]
    public string ActivityId { get; set; } = "";

    [Required(ErrorMessage = "请选择志愿者。")]
    [StringLength(32, ErrorMessage = "请选择志愿者。")]
    public string VolunteerId { get; set; } = "";

    [EnumDataType(typeof(ScanAction), ErrorMessage = "请选择签到或签退。")]
    public ScanAction Action { get; set; }

    /// <summary>When; now if empty.</summary>
    public DateTimeOffset? At { get; set; }

    string IAboutRecord.RecordId => ActivityId;

    string IAudited.AuditAction => Action == ScanAction.In ? "代志愿者签到" : "代志愿者签退";

    string? IAudited.AuditTarget => ActivityId;

    internal sealed class Handler(VolunteersDb db, VolunteerRules rules, TimeProvider clock) : IRequestHandler<MarkAttendance, string>
    {
        public async Task<string> Handle(MarkAttendance request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动，或您无权查看。");
            activity.EnsureOpen();
            var now = clock.GetUtcNow().UtcDateTime;
            var at = request.At?.UtcDateTime ?? now;
            if (at > now.AddMinutes(5))
            {
                throw new BusinessRuleException("时间不能晚于现在。", "at");
            }

            var volunteer = await db.Known.FirstOrDefaultAsync(v => v.Id == request.VolunteerId, cancellationToken)
                ?? throw new BusinessRuleException("本站点没有这名志愿者：请先在“志愿者”中登记。", "volunteerId");
            var attendance = await db.Attendances.FirstOrDefaultAsync(t => t.ActivityId == activity.Id && t.VolunteerId == volunteer.Id, cancellationToken);
            if (request.Action == ScanAction.In)
            {
                if (attendance is not null)
                {
                    throw new ConflictException($"{volunteer.Name}已经签到。", "volunteerId");
                }

                attendance = new Attendance(activity.Id, activity.StationId, volunteer.Id, volunteer.Name, at, AttendanceSource.Worker);
                db.Attendances.Add(attendance);
            }
            else
            {
                (attendance ?? throw new BusinessRuleException($"{volunteer.Name}还没有签到。", "volunteerId")).SignOut(at, AttendanceSource.Worker, rules);
            }

            await db.SaveChangesAsync(cancellationToken);
            return attendance.Id;
        }
    }
}
