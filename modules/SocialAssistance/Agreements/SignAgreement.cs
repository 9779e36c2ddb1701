using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Files;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance.Agreements;

/// <summary>
/// Records a care agreement (委托照料服务协议) of a 分散供养 特困 person of the caller's station: the carer, the duties, the
/// fee band (from the programme's self-care ability unless chosen), the period, who signed, and — on the page, or later
/// through the API — the signed scan. A period overlapping another agreement of the person is refused (409, naming
/// <c>startOn</c>): one is in force at a time; end the old one early, or start the new one after it. Signing goes on
/// the client's timeline through the outbox, in the agreement's own transaction.
/// </summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class SignAgreement : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写照料人姓名。")]
    [StringLength(50, ErrorMessage = "照料人姓名不能超过 50 字。")]
    public string CarerName { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写照料人与本人的关系（如子女、邻居）。")]
    [StringLength(20, ErrorMessage = "与本人关系不能超过 20 字。")]
    public string CarerRelation { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写照料人联系电话。")]
    [RegularExpression(@"^\s*[0-9][0-9\- ]{5,18}[0-9]\s*$", ErrorMessage = "联系电话只能是 7–20 位数字（可含 -）。")]
    public string CarerPhone { get; set; } = "";

    [StringLength(18, ErrorMessage = "身份证号应为 18 位（旧式 15 位也可）。")]
    public string? CarerIdNumber { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明照料服务内容（如每日送餐、打扫、陪同就医）。")]
    [StringLength(2000, ErrorMessage = "照料服务内容不能超过 2000 字。")]
    public string Duties { get; set; } = "";

    /// <summary>The care-fee band; when left out, the programme's self-care ability.</summary>
    public SelfCareAbility? FeeBand { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "照料护理费须为 0–100000 元/月。")]
    public decimal? MonthlyFee { get; set; }

    [Required(ErrorMessage = "请填写协议开始日期。")]
    public DateOnly? StartOn { get; set; }

    [Required(ErrorMessage = "请填写协议结束日期。")]
    public DateOnly? EndOn { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写签订方（如：镇民政办、照料人、本人）。")]
    [StringLength(100, ErrorMessage = "签订方不能超过 100 字。")]
    public string SignedBy { get; set; } = "";

    [Required(ErrorMessage = "请填写签订日期。")]
    public DateOnly? SignedOn { get; set; }

    /// <summary>The signed scan posted with the page's form (the API attaches it afterwards, as multipart).</summary>
    [JsonIgnore]
    internal IFormFile? Scan { get; set; }

    string IAudited.AuditAction => "签订分散供养照料协议";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{StartOn:yyyy-MM-dd}–{EndOn:yyyy-MM-dd}";

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceFiles files, SocialAssistanceRules rules, IUploadStore store, ICurrentUser user, TimeProvider clock) : IRequestHandler<SignAgreement, string>
    {
        public async Task<string> Handle(SignAgreement request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记照料协议");
            var file = await files.ForRecordingAsync(request.ClientId, cancellationToken);
            var programme = await db.Programmes.FirstOrDefaultAsync(p => p.ClientId == file.ClientId && p.EndOn == null && p.Kind == ProgrammeKind.Tekun && p.Care == TekunCare.Dispersed, cancellationToken)
                ?? throw new BusinessRuleException($"{file.Name}没有在享的分散供养特困供养，不需要照料协议。", "clientId");
            var (start, end) = (request.StartOn!.Value, request.EndOn!.Value);
            if (end <= start)
            {
                throw new BusinessRuleException("协议结束日期须晚于开始日期。", "endOn");
            }

            if (end > start.AddYears(rules.AgreementMostYears))
            {
                throw new BusinessRuleException($"协议期限最长 {rules.AgreementMostYears} 年，请核对结束日期。", "endOn");
            }

            var today = LocalTime.Today(clock);
            if (request.SignedOn!.Value > today)
            {
                throw new BusinessRuleException("签订日期不能晚于今天。", "signedOn");
            }

            if (request.SignedOn.Value > end || request.SignedOn.Value < start.AddYears(-1))
            {
                throw new BusinessRuleException("签订日期须在协议结束之前、开始前一年以内，请核对。", "signedOn");
            }

            string? idNumber = null;
            if (!string.IsNullOrWhiteSpace(request.CarerIdNumber))
            {
                if (!ResidentIdNumber.TryParse(request.CarerIdNumber, today, out var number, out var error))
                {
                    throw new BusinessRuleException(error!, "carerIdNumber");
                }

                idNumber = number!.Value;
            }

            var band = request.FeeBand ?? programme.SelfCare ?? throw new BusinessRuleException("请选择照料护理费档次（按本人的生活自理能力）。", "feeBand");
            var overlapping = await db.CareAgreements.AsNoTracking()
                .Where(a => a.ClientId == file.ClientId && a.StartOn <= end && (a.EndedOn ?? a.EndOn) >= start)
                .OrderBy(a => a.StartOn).FirstOrDefaultAsync(cancellationToken);
            if (overlapping is not null)
            {
                var last = overlapping.EndedOn ?? overlapping.EndOn;
                throw new ConflictException(
                    $"开始日期与{overlapping.CarerName}的照料协议（{overlapping.StartOn:yyyy-MM-dd} 至 {last:yyyy-MM-dd}）重叠：同一时间只能有一份协议。请把开始日期定在 {last.AddDays(1):yyyy-MM-dd} 以后，或先提前终止原协议。",
                    "startOn");
            }

            var agreement = new CareAgreement(file.ClientId, station, user.UserId!, programme.Id, start, end, clock.GetUtcNow().UtcDateTime)
            {
                CarerName = request.CarerName.Trim(), CarerRelation = request.CarerRelation.Trim(), CarerPhone = request.CarerPhone.Trim(), CarerIdNumber = idNumber,
                Duties = request.Duties.Trim(), FeeBand = band, MonthlyFee = request.MonthlyFee, SignedBy = request.SignedBy.Trim(), SignedOn = request.SignedOn.Value,
            };
            if (request.Scan is { } scan && (scan.Length > 0 || !string.IsNullOrEmpty(scan.FileName)))
            {
                agreement.AttachScan(await AgreementScans.StoreAsync(store, scan, cancellationToken));
            }

            db.CareAgreements.Add(agreement);

            // Two agreements signed at once for one person: the programme's version lets only the first through (409).
            db.Entry(programme).State = EntityState.Modified;
            var source = SocialAssistanceMessages.Agreement(agreement.Id);
            db.EnqueueTimeline(source, [file.ClientId], LocalTime.Of(new DateTimeOffset(LocalTime.StartOf(agreement.SignedOn).AddHours(9), TimeSpan.Zero)), "签订分散供养照料协议",
                $"照料人{agreement.CarerName}（{agreement.CarerRelation}），{start:yyyy-MM-dd} 至 {end:yyyy-MM-dd}，{AgreementTerms.BandName(band)}", SocialAssistanceMessages.Link(file.ClientId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return agreement.Id;
        }
    }
}

/// <summary>Signed scans: a photo or a PDF, checked and kept by the upload store; a refusal names the scan field.</summary>
internal static class AgreementScans
{
    public static async Task<StoredUpload> StoreAsync(IUploadStore store, IFormFile scan, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = scan.OpenReadStream();
            return await store.SaveAsync(SocialAssistanceMessages.Module, UploadKind.Scan, content, scan.FileName, cancellationToken);
        }
        catch (BusinessRuleException e) when (e is not ConflictException)
        {
            throw new BusinessRuleException(e.Message, "scan");
        }
    }
}
