using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>
/// The worker responsible records a session held: date, topic, the members present (by number) and the process
/// record. Below 60 % attendance, or without a process record, it is kept but does not count — the answer says so.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
public sealed class RecordGroupSession : IRequest<SessionResult>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请填写活动日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写本节主题。")]
    [StringLength(100, ErrorMessage = "本节主题不能超过 100 字。")]
    public string Topic { get; set; } = "";

    [StringLength(4000, ErrorMessage = "过程记录不能超过 4000 字。")]
    public string? ProcessRecord { get; set; }

    /// <summary>The numbers of the members present.</summary>
    public List<int> Attendance { get; set; } = [];

    string IAudited.AuditAction => "登记小组活动";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{Date:yyyy-MM-dd} {Topic}，出勤 {Attendance.Count} 人";

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<RecordGroupSession, SessionResult>
    {
        public async Task<SessionResult> Handle(RecordGroupSession request, CancellationToken cancellationToken)
        {
            var group = await GroupAccess.ForChangeAsync(db, request.Id, cancellationToken);
            var record = string.IsNullOrWhiteSpace(request.ProcessRecord) ? null : request.ProcessRecord.Trim();
            var session = group.AddSession(request.Date!.Value, request.Topic.Trim(), record, request.Attendance, LocalTime.Today(clock));
            await db.SaveChangesAsync(cancellationToken);
            return SessionResult.Of(session);
        }
    }
}

/// <summary>How a session stands: its attendance rate and whether it counts, with the reason when it does not.</summary>
public sealed record SessionResult(int Number, decimal AttendanceRate, bool Qualifies, string? Reason)
{
    internal static SessionResult Of(GroupSession session) => new(
        session.Number,
        session.AttendanceRate,
        session.Qualifies,
        session.AttendanceRate < Group.LeastAttendance ? $"出勤率 {session.AttendanceRate:P0}，低于 60%，本节不计入"
            : session.Qualifies ? null : "缺少过程记录，本节不计入");
}
