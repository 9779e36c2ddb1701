using Platform.Contracts;
using Platform.Modularity.Auditing;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Files;
using Platform.Modularity.Records;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>
/// A care agreement (委托照料服务协议) of a 分散供养 特困 person with their carer: who cares (name, relation, phone, an
/// optional ID number), what they do, the care-fee band from the person's self-care ability, the period, who signed,
/// and the signed scan. One is in force at a time per person; one may be ended early with a reason. Owned by the
/// worker who recorded it; follows the client file's transfer.
/// </summary>
internal sealed class CareAgreement : IOwnedRecord, IClientRecord
{
    private CareAgreement()
    {
    }

    public CareAgreement(string clientId, string stationId, string workerId, string programmeId, CareTerms terms, DateTime createdAt)
    {
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        ProgrammeId = programmeId;
        CreatedAt = createdAt;
        Apply(terms);
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    /// <summary>The 分散供养 特困 programme the agreement serves.</summary>
    public string ProgrammeId { get; private set; } = "";

    public string CarerName { get; private set; } = "";

    /// <summary>与本人关系 (子女、邻居、村民…).</summary>
    public string CarerRelation { get; private set; } = "";

    public string CarerPhone { get; private set; } = "";

    /// <summary>The carer's ID number, when given; lists show it masked.</summary>
    public string? CarerIdNumber { get; private set; }

    /// <summary>照料服务内容.</summary>
    public string Duties { get; private set; } = "";

    /// <summary>The care-fee band (照料护理费档次), after the person's self-care ability.</summary>
    public SelfCareAbility FeeBand { get; private set; }

    /// <summary>The monthly care fee agreed, yuan (optional: many districts pay it from the county).</summary>
    public decimal? MonthlyFee { get; private set; }

    public DateOnly StartOn { get; private set; }

    /// <summary>The last day of the agreement as signed.</summary>
    public DateOnly EndOn { get; private set; }

    /// <summary>签订方 (e.g. 镇民政办、照料人、本人).</summary>
    public string SignedBy { get; private set; } = "";

    public DateOnly SignedOn { get; private set; }

    public string? ScanKey { get; private set; }

    public string? ScanViewKey { get; private set; }

    public string? ScanFileName { get; private set; }

    public string? ScanContentType { get; private set; }

    public long? ScanLength { get; private set; }

    /// <summary>The last day in force when ended early.</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public string? EndedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; init; }

    /// <summary>The last day in force: the early end, or the end signed.</summary>
    public DateOnly LastDay => EndedOn ?? EndOn;

    public bool HasScan => ScanKey is not null;

    /// <summary>What the agreement says now.</summary>
    public CareTerms Terms => new()
    {
        CarerName = CarerName, CarerRelation = CarerRelation, CarerPhone = CarerPhone, CarerIdNumber = CarerIdNumber, Duties = Duties, FeeBand = FeeBand,
        MonthlyFee = MonthlyFee, StartOn = StartOn, EndOn = EndOn, SignedBy = SignedBy, SignedOn = SignedOn,
    };

    /// <summary>
    /// Corrects what was mistyped at the signing. Only an agreement in force or not yet begun: an ended or run-out one is
    /// a record of what was, and a changed arrangement is a new agreement.
    /// </summary>
    public void Correct(CareTerms terms, DateOnly today)
    {
        GuardCorrectable(today);
        Apply(terms);
    }

    /// <summary>Refuses (409) to correct an agreement ended early or run out.</summary>
    public void GuardCorrectable(DateOnly today)
    {
        if (EndedOn is not null)
        {
            throw new ConflictException($"这份协议已于 {EndedOn:yyyy-MM-dd} 提前终止，不能再更正；照料安排有变化请重新签订协议。", "endedOn");
        }

        if (EndOn < today)
        {
            throw new ConflictException($"这份协议已于 {EndOn:yyyy-MM-dd} 到期，不能再更正；请续签新协议。", "endOn");
        }
    }

    private void Apply(CareTerms terms) =>
        (CarerName, CarerRelation, CarerPhone, CarerIdNumber, Duties, FeeBand, MonthlyFee, StartOn, EndOn, SignedBy, SignedOn) =
        (terms.CarerName, terms.CarerRelation, terms.CarerPhone, terms.CarerIdNumber, terms.Duties, terms.FeeBand, terms.MonthlyFee, terms.StartOn, terms.EndOn, terms.SignedBy, terms.SignedOn);

    public void AttachScan(StoredUpload upload) =>
        (ScanKey, ScanViewKey, ScanFileName, ScanContentType, ScanLength) = (upload.Key, upload.ViewKey, upload.FileName, upload.ContentType, upload.Length);

    /// <summary>Ends the agreement early: its last day is <paramref name="on"/>, from its start to before its signed end.</summary>
    public void EndEarly(DateOnly on, string reason, string by)
    {
        if (EndedOn is not null)
        {
            throw new ConflictException($"这份协议已于 {EndedOn:yyyy-MM-dd} 提前终止。", "endedOn");
        }

        if (on < StartOn)
        {
            throw new BusinessRuleException($"终止日期不能早于协议开始日期 {StartOn:yyyy-MM-dd}。", "endedOn");
        }

        if (on >= EndOn)
        {
            throw new BusinessRuleException($"协议本就于 {EndOn:yyyy-MM-dd} 到期，提前终止的日期须在此之前。", "endedOn");
        }

        (EndedOn, EndReason, EndedBy) = (on, reason, by);
    }
}

/// <summary>What a care agreement says (the carer, the duties, the fee, the period, the signing), as checked by <c>AgreementForm</c>.</summary>
internal sealed record CareTerms
{
    public string CarerName { get; init; } = "";

    public string CarerRelation { get; init; } = "";

    public string CarerPhone { get; init; } = "";

    public string? CarerIdNumber { get; init; }

    public string Duties { get; init; } = "";

    public SelfCareAbility FeeBand { get; init; }

    public decimal? MonthlyFee { get; init; }

    public DateOnly StartOn { get; init; }

    public DateOnly EndOn { get; init; }

    public string SignedBy { get; init; } = "";

    public DateOnly SignedOn { get; init; }

    /// <summary>The terms as the audit log shows a correction (the ID number and phone masked: the log is read by people too).</summary>
    public AuditedFields Audited() => new(
    [
        ("照料人", CarerName), ("与本人关系", CarerRelation), ("联系电话", Masking.Phone(CarerPhone)), ("身份证号", Masking.IdNumber(CarerIdNumber)), ("照料服务内容", Duties),
        ("照料护理费档次", AgreementTerms.BandName(FeeBand)), ("照料护理费（元/月）", MonthlyFee?.ToString("0.##")), ("开始日期", StartOn.ToString("yyyy-MM-dd")),
        ("结束日期", EndOn.ToString("yyyy-MM-dd")), ("签订方", SignedBy), ("签订日期", SignedOn.ToString("yyyy-MM-dd")),
    ]);
}

/// <summary>The names of the care-fee bands.</summary>
internal static class AgreementTerms
{
    public static string BandName(SelfCareAbility band) => band switch
    {
        SelfCareAbility.Lost => "全护理档（完全丧失生活自理能力）",
        SelfCareAbility.PartlyLost => "半护理档（部分丧失生活自理能力）",
        _ => "自理档（具备生活自理能力）",
    };

    /// <summary>Where an agreement stands on <paramref name="today"/>: 已提前终止 (once ended early), 已过期, 未生效, 即将到期 or 生效中.</summary>
    public static string StateOf(DateOnly startOn, DateOnly lastDay, bool endedEarly, DateOnly today, int remindDays) =>
        endedEarly ? "已提前终止"
        : lastDay < today ? "已过期"
        : startOn > today ? "未生效"
        : lastDay.DayNumber - today.DayNumber <= remindDays ? "即将到期"
        : "生效中";
}
