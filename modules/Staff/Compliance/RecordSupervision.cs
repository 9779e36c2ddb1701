using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>
/// The lead records a supervision session (督导) and who was present. Each worker present is credited its hours under
/// SUPERVISION, through the outbox in the same transaction.
/// </summary>
[Requires(StaffPermissions.ManageCompliance)]
public sealed class RecordSupervision : IRequest<string>, IAudited
{
    [Required(ErrorMessage = "请填写督导日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写督导时长。")]
    [Range(0.5, 8, ErrorMessage = "督导时长须在 0.5 到 8 小时之间。")]
    public decimal? Hours { get; set; }

    [Required(ErrorMessage = "请选择督导方式（线上或线下）。")]
    public SupervisionMode? Mode { get; set; }

    [Required(ErrorMessage = "请填写督导者。")]
    [StringLength(50, ErrorMessage = "督导者不能超过 50 字。")]
    public string Supervisor { get; set; } = "";

    [Required(ErrorMessage = "请填写督导主题。")]
    [StringLength(100, ErrorMessage = "督导主题不能超过 100 字。")]
    public string Topic { get; set; } = "";

    [Required(ErrorMessage = "请填写督导记录。")]
    [StringLength(4000, ErrorMessage = "督导记录不能超过 4000 字。")]
    public string Record { get; set; } = "";

    public List<string> WorkerIds { get; set; } = [];

    string IAudited.AuditAction => "登记督导";

    string? IAudited.AuditTarget => string.Join(",", WorkerIds);

    string? IAudited.AuditDetail => $"{Date:yyyy-MM-dd} {Hours} 小时 {Topic}";

    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordSupervision, string>
    {
        public async Task<string> Handle(RecordSupervision request, CancellationToken cancellationToken)
        {
            var date = ComplianceDates.Check(request.Date!.Value, clock, "date", "督导日期");
            var ids = request.WorkerIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
            if (ids.Count == 0)
            {
                throw new BusinessRuleException("请选择至少一名接受督导的社工。", "workerIds");
            }

            var workers = await Workers.StationWorkers(db).Where(w => ids.Contains(w.Id)).ToListAsync(cancellationToken);
            if (workers.Count != ids.Count || workers.Any(w => w.StationId is null))
            {
                throw new BusinessRuleException("接受督导的须是在站点工作的社工。", "workerIds");
            }

            var session = new SupervisionSession(date, request.Hours!.Value, request.Mode!.Value, request.Supervisor.Trim(), request.Topic.Trim(), request.Record.Trim(), user.UserId!, clock.GetUtcNow().UtcDateTime);
            foreach (var worker in workers)
            {
                session.Attend(worker.Id, worker.StationId!);
            }

            db.SupervisionSessions.Add(session);
            ComplianceMessages.Supervised(db, session, clock);
            await db.SaveChangesAsync(cancellationToken);
            return session.Id;
        }
    }
}
