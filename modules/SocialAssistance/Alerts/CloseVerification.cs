using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Alerts;

/// <summary>
/// Closes a verification task with what the home visit found (核查结论 and its text). The visit is a home visit: credited
/// as OUTREACH (入户探访, 2 h) once and put on the client's timeline, through the outbox in the task's own transaction.
/// Any worker of the task's station may close it (the station's task, not one worker's).
/// </summary>
[Requires(SocialAssistancePermissions.Record, Owner = Ownership.Any, Record = typeof(VerificationTask))]
public sealed class CloseVerification : IRequest, IAudited, IAboutRecord
{
    [JsonIgnore]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请填写入户核查时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(ErrorMessage = "请选择核查结论（情况属实、情况不符、已纳入救助或其他）。")]
    public VerificationResult? Result { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明入户核查的情况。")]
    [StringLength(2000, ErrorMessage = "核查情况不能超过 2000 字。")]
    public string Text { get; set; } = "";

    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "办结监测预警核查";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{Result} {VisitedAt:yyyy-MM-dd}";

    internal sealed class Handler(SocialAssistanceDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CloseVerification, Unit>
    {
        public async Task<Unit> Handle(CloseVerification request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("办结预警核查");
            var task = await db.VerificationTasks.FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这项核查任务，或您无权查看。");
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock, "入户核查");
            var result = request.Result!.Value;
            task.Close(visitedAt.UtcDateTime, result, request.Text.Trim(), user.UserId!, clock.GetUtcNow().UtcDateTime);
            var day = LocalTime.DateOf(visitedAt);
            var source = SocialAssistanceMessages.Verification(task.Id);
            var link = SocialAssistanceMessages.TaskLink(task.Id);
            db.EnqueueCredit(source, new ServiceCredit(station, user.UserId!, Indicators.Outreach, 1, day, [task.ClientId], $"监测预警入户核查：{task.Name}", link), clock);
            db.EnqueueTimeline(source, [task.ClientId], LocalTime.Of(visitedAt), "监测预警入户核查", $"{task.AlertType}：{AlertTerms.NameOf(result)}", link, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
