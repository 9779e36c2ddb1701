using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Agreements;

/// <summary>
/// What a worker writes into a care agreement, signing it or correcting it, and the one place its rules are checked:
/// the period at most <see cref="SocialAssistanceRules.AgreementMostYears"/> years, the signing date, the carer's ID
/// number, the fee band, and no overlap with another agreement of the person (409, naming <c>startOn</c>).
/// </summary>
public abstract class AgreementForm
{
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

    /// <summary>The care-fee band; when left out, the programme's self-care ability (signing) or the band recorded (correcting).</summary>
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

    /// <summary>
    /// The terms as they will be kept, or the first rule they break. <paramref name="correcting"/> is the agreement being
    /// corrected: it does not overlap itself, and an ID number or band left out keeps the one it has.
    /// </summary>
    internal async Task<CareTerms> CheckAsync(SocialAssistanceDb db, SocialAssistanceRules rules, DateOnly today, string clientId, SelfCareAbility? selfCare, CareAgreement? correcting, CancellationToken cancellationToken)
    {
        var (start, end, signedOn) = (StartOn!.Value, EndOn!.Value, SignedOn!.Value);
        if (end <= start)
        {
            throw new BusinessRuleException("协议结束日期须晚于开始日期。", "endOn");
        }

        if (end > start.AddYears(rules.AgreementMostYears))
        {
            throw new BusinessRuleException($"协议期限最长 {rules.AgreementMostYears} 年，请核对结束日期。", "endOn");
        }

        if (signedOn > today)
        {
            throw new BusinessRuleException("签订日期不能晚于今天。", "signedOn");
        }

        if (signedOn > end || signedOn < start.AddYears(-1))
        {
            throw new BusinessRuleException("签订日期须在协议结束之前、开始前一年以内，请核对。", "signedOn");
        }

        var idNumber = correcting?.CarerIdNumber;
        if (!string.IsNullOrWhiteSpace(CarerIdNumber))
        {
            if (!ResidentIdNumber.TryParse(CarerIdNumber, today, out var number, out var error))
            {
                throw new BusinessRuleException(error!, "carerIdNumber");
            }

            idNumber = number!.Value;
        }

        var band = FeeBand ?? correcting?.FeeBand ?? selfCare ?? throw new BusinessRuleException("请选择照料护理费档次（按本人的生活自理能力）。", "feeBand");
        var others = db.CareAgreements.AsNoTracking().Where(a => a.ClientId == clientId);
        if (correcting is not null)
        {
            others = others.Where(a => a.Id != correcting.Id);
        }

        var overlapping = await others.Where(a => a.StartOn <= end && (a.EndedOn ?? a.EndOn) >= start).OrderBy(a => a.StartOn).FirstOrDefaultAsync(cancellationToken);
        if (overlapping is not null)
        {
            var last = overlapping.EndedOn ?? overlapping.EndOn;
            throw new ConflictException(
                $"开始日期与{overlapping.CarerName}的照料协议（{overlapping.StartOn:yyyy-MM-dd} 至 {last:yyyy-MM-dd}）重叠：同一时间只能有一份协议。请把开始日期定在 {last.AddDays(1):yyyy-MM-dd} 以后，或先提前终止原协议。",
                "startOn");
        }

        return new CareTerms
        {
            CarerName = CarerName.Trim(), CarerRelation = CarerRelation.Trim(), CarerPhone = CarerPhone.Trim(), CarerIdNumber = idNumber, Duties = Duties.Trim(),
            FeeBand = band, MonthlyFee = MonthlyFee, StartOn = start, EndOn = end, SignedBy = SignedBy.Trim(), SignedOn = signedOn,
        };
    }
}
