using Platform.Contracts;
using Platform.Modularity.Records;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>The two routes of 临时救助 (国发〔2014〕47号): the normal procedure, or aid first and the papers after.</summary>
public enum AidRoute
{
    /// <summary>一般程序: 受理 → 入户调查 → 公示 → 审批.</summary>
    Normal,

    /// <summary>紧急程序: 先行救助, papers completed afterwards.</summary>
    Emergency,
}

/// <summary>Where a normal-route application stands.</summary>
public enum AidStage
{
    /// <summary>已受理.</summary>
    Accepted,

    /// <summary>已入户调查.</summary>
    Investigated,

    /// <summary>公示中.</summary>
    Publicised,

    /// <summary>已审批 (granted or refused).</summary>
    Decided,
}

/// <summary>
/// A 临时救助 application: the cause, the route, the stages with their days, the amount granted and by whom; on the
/// emergency route the aid given first and the day its papers are due. Owned by the worker who took it.
/// </summary>
internal sealed class AidApplication : IOwnedRecord, Platform.Modularity.ClientFiles.IClientRecord
{
    private AidApplication()
    {
    }

    public AidApplication(string clientId, string stationId, string name, string workerId, AidRoute route, string cause, string situation, DateOnly appliedOn, DateTime createdAt)
    {
        ClientId = clientId;
        StationId = stationId;
        Name = name;
        WorkerId = workerId;
        Route = route;
        Cause = cause;
        Situation = situation;
        AppliedOn = appliedOn;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    /// <summary>The applicant's name as the registry had it (for lists).</summary>
    public string Name { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public AidRoute Route { get; private set; }

    /// <summary>A code of <see cref="AidCauses"/>.</summary>
    public string Cause { get; private set; } = "";

    public string Situation { get; private set; } = "";

    public DateOnly AppliedOn { get; private set; }

    public AidStage Stage { get; private set; }

    public DateOnly? InvestigatedOn { get; private set; }

    public DateOnly? PublicisedOn { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    /// <summary>Whether the office granted it (null until decided; emergency aid is granted when given).</summary>
    public bool? Granted { get; private set; }

    public decimal? Amount { get; private set; }

    /// <summary>Who granted it (the approving office, or who decided the aid first).</summary>
    public string? GrantedBy { get; private set; }

    /// <summary>The working day by which the procedure (normal) or the papers (emergency) are due.</summary>
    public DateOnly DueOn { get; set; }

    public DateOnly? PapersCompletedOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; init; }

    /// <summary>Still owed something: a normal application not decided, an emergency one whose papers are missing.</summary>
    public bool IsPending => Route == AidRoute.Normal ? Stage != AidStage.Decided : PapersCompletedOn is null;

    /// <summary>Records the aid given first on the emergency route.</summary>
    public void AidFirst(decimal amount, string grantedBy)
    {
        (Stage, DecidedOn, Granted, Amount, GrantedBy) = (AidStage.Decided, AppliedOn, true, amount, grantedBy);
    }

    /// <summary>Moves a normal-route application one stage on, on <paramref name="on"/>, in order and never before the last stage's day.</summary>
    public void Advance(AidStage to, DateOnly on, bool? granted, decimal? amount, string? grantedBy)
    {
        if (Route != AidRoute.Normal)
        {
            throw new BusinessRuleException("紧急程序已先行救助，请补齐材料，不再逐步审批。", "stage");
        }

        if (to != Stage + 1)
        {
            throw new ConflictException(Stage == AidStage.Decided ? "这份申请已经审批。" : $"下一步应是“{AidTerms.NameOf(Stage + 1)}”。", "stage");
        }

        var last = DecidedOn ?? PublicisedOn ?? InvestigatedOn ?? AppliedOn;
        if (on < last)
        {
            throw new BusinessRuleException($"日期不能早于上一步的 {last:yyyy-MM-dd}。", "on");
        }

        switch (to)
        {
            case AidStage.Investigated:
                InvestigatedOn = on;
                break;
            case AidStage.Publicised:
                PublicisedOn = on;
                break;
            default:
                if (granted is null || (granted == true && (amount is not > 0 || string.IsNullOrWhiteSpace(grantedBy))))
                {
                    throw new BusinessRuleException("审批请写明是否给予；给予的请填写金额和审批机关。", granted is null ? "granted" : amount is not > 0 ? "amount" : "grantedBy");
                }

                (DecidedOn, Granted, Amount, GrantedBy) = (on, granted, granted == true ? amount : null, grantedBy?.Trim());
                break;
        }

        Stage = to;
    }

    /// <summary>Records the emergency aid's papers as complete.</summary>
    public void CompletePapers(DateOnly on)
    {
        if (Route != AidRoute.Emergency)
        {
            throw new BusinessRuleException("只有紧急程序（先行救助）需要补齐材料。", "route");
        }

        if (PapersCompletedOn is not null)
        {
            throw new ConflictException($"材料已于 {PapersCompletedOn:yyyy-MM-dd} 补齐。");
        }

        if (on < AppliedOn)
        {
            throw new BusinessRuleException($"补齐日期不能早于救助日期 {AppliedOn:yyyy-MM-dd}。", "on");
        }

        PapersCompletedOn = on;
    }
}

/// <summary>The causes of 临时救助 and their names (working days: <see cref="WorkingCalendar"/>).</summary>
internal static class AidTerms
{
    public static readonly (string Code, string Name)[] Causes =
    [
        ("fire", "火灾等意外事故"), ("traffic", "交通事故"), ("illness", "突发重大疾病"), ("medical", "医疗支出过大"),
        ("education", "教育支出过大"), ("disaster", "自然灾害"), ("stranded", "生活无着"), ("other", "其他"),
    ];

    public static bool IsCause(string? code) => Causes.Any(c => c.Code == code);

    public static string CauseName(string code) => Causes.FirstOrDefault(c => c.Code == code).Name ?? code;

    public static string NameOf(AidStage s) => s switch
    {
        AidStage.Accepted => "受理",
        AidStage.Investigated => "入户调查",
        AidStage.Publicised => "公示",
        _ => "审批",
    };

    public static string NameOf(AidRoute r) => r == AidRoute.Normal ? "一般程序" : "紧急程序（先行救助）";
}
