using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modularity.Files;
using Platform.Modularity.Records;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>The lead or the administrator keeps a worker's personnel record: hiring date, education, certificate.</summary>
[Requires(StaffPermissions.ManageCompliance)]
public sealed class SaveWorkerProfile : IRequest, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string WorkerId { get; set; } = "";

    [Required(ErrorMessage = "请填写入职日期。")]
    public DateOnly? HiredOn { get; set; }

    [StringLength(30, ErrorMessage = "学历不能超过 30 字。")]
    public string? Education { get; set; }

    public CertificateLevel Certificate { get; set; }

    [StringLength(40, ErrorMessage = "证书编号不能超过 40 个字符。")]
    public string? CertificateNumber { get; set; }

    public DateOnly? CertificateObtainedOn { get; set; }

    [StringLength(100, ErrorMessage = "暂不具备报考条件的说明不能超过 100 字。")]
    public string? NotEligibleReason { get; set; }

    string IAudited.AuditAction => "修改人员档案";

    string? IAudited.AuditTarget => WorkerId;

    string? IAudited.AuditDetail => $"入职 {HiredOn:yyyy-MM-dd}，证书 {Certificate}";

    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveWorkerProfile, Unit>
    {
        public async Task<Unit> Handle(SaveWorkerProfile request, CancellationToken cancellationToken)
        {
            await Workers.GetAsync(db, user, request.WorkerId, cancellationToken);
            var profile = await db.WorkerProfiles.FirstOrDefaultAsync(p => p.UserId == request.WorkerId, cancellationToken);
            if (profile is null)
            {
                profile = new WorkerProfile(request.WorkerId);
                db.WorkerProfiles.Add(profile);
            }

            profile.Update(request.HiredOn!.Value, request.Education, request.Certificate, request.CertificateNumber, request.CertificateObtainedOn, request.NotEligibleReason, LocalTime.Today(clock), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

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

/// <summary>The lead withdraws a supervision session recorded in error; each worker's credit is retracted.</summary>
[Requires(StaffPermissions.ManageCompliance)]
public sealed record WithdrawSupervision(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤销的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤销的原因。")] string Reason) : IRequest, IAudited
{
    string IAudited.AuditAction => "撤销督导";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(StaffDb db, TimeProvider clock) : IRequestHandler<WithdrawSupervision, Unit>
    {
        public async Task<Unit> Handle(WithdrawSupervision request, CancellationToken cancellationToken)
        {
            var reason = request.Reason.Trim();
            var session = await db.SupervisionSessions.FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次督导。");
            session.Withdraw(reason);
            ComplianceMessages.SupervisionWithdrawn(db, session, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>
/// A course of continuing education: a worker records their own, or the lead records it for them. Its hours are
/// credited under TRAINING through the outbox; a certificate (photo or PDF) may be attached.
/// </summary>
[Requires(StaffPermissions.RecordTraining)]
public sealed class RecordTraining : IRequest<string>, IAudited
{
    /// <summary>Whose training it is; a worker may leave it empty for their own.</summary>
    public string? WorkerId { get; set; }

    [Required(ErrorMessage = "请填写课程名称。")]
    [StringLength(100, ErrorMessage = "课程名称不能超过 100 字。")]
    public string Course { get; set; } = "";

    [Required(ErrorMessage = "请填写主办单位。")]
    [StringLength(100, ErrorMessage = "主办单位不能超过 100 字。")]
    public string Organiser { get; set; } = "";

    [Required(ErrorMessage = "请填写培训日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写学时。")]
    [Range(0.5, 120, ErrorMessage = "学时须在 0.5 到 120 之间。")]
    public decimal? Hours { get; set; }

    /// <summary>The certificate already checked and kept by the upload store (set by the page, never read from JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal StoredUpload? Certificate { get; set; }

    string IAudited.AuditAction => "登记培训";

    string? IAudited.AuditTarget => WorkerId;

    string? IAudited.AuditDetail => $"{Date:yyyy-MM-dd} {Hours} 学时 {Course}";

    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordTraining, string>
    {
        public async Task<string> Handle(RecordTraining request, CancellationToken cancellationToken)
        {
            var workerId = string.IsNullOrWhiteSpace(request.WorkerId) ? user.UserId : request.WorkerId;
            if (workerId != user.UserId && !user.IsLeadOrAdmin())
            {
                throw new ForbiddenException("社工只能登记自己的培训；为他人登记须由项目主管或管理员操作。");
            }

            var worker = await Workers.GetAsync(db, user, workerId!, cancellationToken);
            var stationId = worker.StationId ?? throw new BusinessRuleException("只能为在站点工作的社工登记培训。", "workerId");
            var date = ComplianceDates.Check(request.Date!.Value, clock, "date", "培训日期");
            var training = new TrainingRecord(worker.Id, stationId, request.Course.Trim(), request.Organiser.Trim(), date, request.Hours!.Value, user.UserId!, clock.GetUtcNow().UtcDateTime);
            if (request.Certificate is { } certificate)
            {
                training.CertificateKey = certificate.Key;
                training.CertificateViewKey = certificate.ViewKey;
                training.CertificateFileName = certificate.FileName;
                training.CertificateContentType = certificate.ContentType;
            }

            db.TrainingRecords.Add(training);
            ComplianceMessages.Trained(db, training, clock);
            await db.SaveChangesAsync(cancellationToken);
            return training.Id;
        }
    }
}

/// <summary>Withdraws a training record entered in error (its worker, the lead or the administrator); the credit is retracted.</summary>
[Requires(StaffPermissions.RecordTraining)]
public sealed record WithdrawTraining(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤销的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤销的原因。")] string Reason) : IRequest, IAudited
{
    string IAudited.AuditAction => "撤销培训记录";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<WithdrawTraining, Unit>
    {
        public async Task<Unit> Handle(WithdrawTraining request, CancellationToken cancellationToken)
        {
            var reason = request.Reason.Trim();
            var training = await db.TrainingRecords.FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken);
            if (training is null || (!user.SeesAllStations() && training.WorkerId != user.UserId))
            {
                throw new NotFoundException("找不到这条培训记录，或您无权查看。");
            }

            training.Withdraw(reason);
            db.EnqueueRetraction(ComplianceMessages.Training(training), reason, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>The dates compliance records accept.</summary>
internal static class ComplianceDates
{
    public static DateOnly Check(DateOnly date, TimeProvider clock, string field, string what)
    {
        var today = LocalTime.Today(clock);
        if (date > today)
        {
            throw new BusinessRuleException($"{what}不能晚于今天。", field);
        }

        if (date < today.AddYears(-1))
        {
            throw new BusinessRuleException($"{what}须在一年以内。", field);
        }

        return date;
    }
}

/// <summary>What supervision and training tell the ledger, always through the outbox with the change.</summary>
internal static class ComplianceMessages
{
    public const string Module = "staff";

    /// <summary>Each attendee of a supervision is credited on their own (<c>supervision:42:w7</c>).</summary>
    public static RecordSource Attendance(SupervisionSession session, SupervisionAttendee attendee) =>
        new RecordSource(Module, "supervision", session.Id).Part(attendee.WorkerId);

    public static RecordSource Training(TrainingRecord training) => new(Module, "training", training.Id);

    public static void Supervised(StaffDb db, SupervisionSession session, TimeProvider clock)
    {
        foreach (var attendee in session.Attendees)
        {
            db.EnqueueCredit(
                Attendance(session, attendee),
                new ServiceCredit(attendee.StationId, attendee.WorkerId, Indicators.Supervision, session.Hours, session.Date, [], $"督导：{session.Topic}（{session.ModeName}）", $"/staff/supervision/details/{session.Id}"),
                clock);
        }
    }

    public static void SupervisionWithdrawn(StaffDb db, SupervisionSession session, TimeProvider clock)
    {
        foreach (var attendee in session.Attendees)
        {
            db.EnqueueRetraction(Attendance(session, attendee), session.WithdrawReason ?? "撤销督导", clock);
        }
    }

    public static void Trained(StaffDb db, TrainingRecord training, TimeProvider clock) =>
        db.EnqueueCredit(
            Training(training),
            new ServiceCredit(training.StationId, training.WorkerId, Indicators.Training, training.Hours, training.Date, [], $"培训：{training.Course}（{training.Organiser}）", $"/staff/compliance/worker/{training.WorkerId}"),
            clock);
}
