using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Files;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

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
