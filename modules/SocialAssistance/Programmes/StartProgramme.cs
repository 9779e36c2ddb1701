using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance.Programmes;

/// <summary>
/// Records a programme the office approved for a household (opening its assistance record when it has none): the kind
/// and its details, the start, the approval document and office. The review period follows from the rules.
/// </summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class StartProgramme : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请选择救助项目（低保、特困、低保边缘或支出型困难）。")]
    public ProgrammeKind? Kind { get; set; }

    [Required(ErrorMessage = "请选择城市或农村。")]
    public AssistanceArea? Area { get; set; }

    public DibaoCoverage? Coverage { get; set; }

    public ManagementClass? Class { get; set; }

    public TekunCare? Care { get; set; }

    public SelfCareAbility? SelfCare { get; set; }

    public bool IncomeVaries { get; set; }

    [Required(ErrorMessage = "请填写开始日期。")]
    public DateOnly? StartOn { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写审批文号。")]
    [StringLength(100, ErrorMessage = "审批文号不能超过 100 字。")]
    public string ApprovalDocument { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写审批机关。")]
    [StringLength(100, ErrorMessage = "审批机关不能超过 100 字。")]
    public string ApprovalOffice { get; set; } = "";

    string IAudited.AuditAction => "登记救助项目";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Kind} {StartOn:yyyy-MM-dd} {ApprovalDocument}";

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceFiles files, SocialAssistanceRules rules, ICurrentUser user, TimeProvider clock) : IRequestHandler<StartProgramme, string>
    {
        public async Task<string> Handle(StartProgramme request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记救助项目");
            var kind = request.Kind!.Value;
            if (request.StartOn > LocalTime.Today(clock))
            {
                throw new BusinessRuleException("开始日期不能晚于今天：请在审批后登记。", "startOn");
            }

            if (kind == ProgrammeKind.Dibao && request.Coverage is null)
            {
                throw new BusinessRuleException("低保请选择整户保障或单人户。", "coverage");
            }

            if (kind == ProgrammeKind.Tekun && (request.Care is null || request.SelfCare is null))
            {
                throw new BusinessRuleException("特困供养请选择供养方式和生活自理能力。", "care");
            }

            var file = await db.Files.FirstOrDefaultAsync(f => f.ClientId == request.ClientId, cancellationToken);
            if (file is null)
            {
                var client = await files.EligibleAsync(request.ClientId, station, cancellationToken);
                file = new AssistanceFile(client.Id, station, client.Name, user.UserId!, clock.GetUtcNow().UtcDateTime);
                db.Files.Add(file);
            }

            file.EnsureOpen();
            if (await db.Programmes.AnyAsync(p => p.ClientId == file.ClientId && p.Kind == kind && p.EndOn == null, cancellationToken))
            {
                throw new ConflictException($"{file.Name}的{ProgrammeTerms.NameOf(kind)}尚未终止：请先登记终止，再登记新的期间。", "kind");
            }

            var programme = new Programme(file.ClientId, file.StationId, kind, request.StartOn!.Value, request.ApprovalDocument.Trim(), request.ApprovalOffice.Trim(), clock.GetUtcNow().UtcDateTime)
            {
                Area = request.Area,
                Coverage = kind == ProgrammeKind.Dibao ? request.Coverage : null,
                Class = kind == ProgrammeKind.Dibao ? request.Class : null,
                Care = kind == ProgrammeKind.Tekun ? request.Care : null,
                SelfCare = kind == ProgrammeKind.Tekun ? request.SelfCare : null,
                IncomeVaries = request.IncomeVaries,
            };
            programme.Schedule(rules.ReviewEvery(kind, programme.Class, programme.IncomeVaries), null);
            programme.ScheduleVisits(rules.VisitEvery(kind, programme.Care), null);
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(cancellationToken);
            return programme.Id;
        }
    }
}
