using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
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
