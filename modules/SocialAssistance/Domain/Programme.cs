using Platform.Contracts;
using Platform.Modularity.ClientFiles;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>The assistance programmes a household can be on (社会救助暂行办法; 低保边缘 and 支出型 after local rules).</summary>
public enum ProgrammeKind
{
    /// <summary>最低生活保障.</summary>
    Dibao,

    /// <summary>特困人员救助供养.</summary>
    Tekun,

    /// <summary>低保边缘家庭.</summary>
    DibaoEdge,

    /// <summary>支出型（刚性支出）困难家庭.</summary>
    RigidExpense,
}

/// <summary>城市 / 农村: which 低保标准 applies.</summary>
public enum AssistanceArea
{
    /// <summary>城市.</summary>
    Urban,

    /// <summary>农村.</summary>
    Rural,
}

/// <summary>整户保障 or 单人户 (单独纳入, for 重残、重病 members).</summary>
public enum DibaoCoverage
{
    /// <summary>整户.</summary>
    WholeHousehold,

    /// <summary>单人户.</summary>
    SinglePerson,
}

/// <summary>The local management class of a 低保 household (分类管理).</summary>
public enum ManagementClass
{
    /// <summary>A 类: the whole household cannot work, severe illness or disability.</summary>
    A,

    /// <summary>B 类: stable.</summary>
    B,

    /// <summary>C 类: income changes, members able to work.</summary>
    C,
}

/// <summary>集中 / 分散供养 (特困; chosen by the person, 社会救助暂行办法 第19条).</summary>
public enum TekunCare
{
    /// <summary>集中供养.</summary>
    Centralised,

    /// <summary>分散供养.</summary>
    Dispersed,
}

/// <summary>特困 self-care ability from the six indicators (特困人员认定办法).</summary>
public enum SelfCareAbility
{
    /// <summary>具备生活自理能力.</summary>
    Able,

    /// <summary>部分丧失.</summary>
    PartlyLost,

    /// <summary>完全丧失.</summary>
    Lost,
}

/// <summary>
/// A period a household is on one programme: from the start the office approved (with its document number and office)
/// to its end with a reason. A review is owed every <see cref="ReviewEveryMonths"/>, worked out from the rules when saved.
/// </summary>
internal sealed class Programme : IClientRecord
{
    private Programme()
    {
    }

    public Programme(string clientId, string stationId, ProgrammeKind kind, DateOnly startOn, string approvalDocument, string approvalOffice, DateTime createdAt)
    {
        ClientId = clientId;
        StationId = stationId;
        Kind = kind;
        StartOn = startOn;
        ApprovalDocument = approvalDocument;
        ApprovalOffice = approvalOffice;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public ProgrammeKind Kind { get; private set; }

    public AssistanceArea? Area { get; set; }

    public DibaoCoverage? Coverage { get; set; }

    public ManagementClass? Class { get; set; }

    public TekunCare? Care { get; set; }

    public SelfCareAbility? SelfCare { get; set; }

    /// <summary>Income changes and members can work (收入变化): reviewed more often.</summary>
    public bool IncomeVaries { get; set; }

    public DateOnly StartOn { get; private set; }

    /// <summary>审批文号.</summary>
    public string ApprovalDocument { get; private set; } = "";

    /// <summary>审批机关.</summary>
    public string ApprovalOffice { get; private set; } = "";

    /// <summary>Months between reviews, from the rules when the programme was saved.</summary>
    public int ReviewEveryMonths { get; private set; }

    /// <summary>The day of the last review not withdrawn.</summary>
    public DateOnly? LastReviewOn { get; private set; }

    /// <summary>The day the next review is owed: <see cref="ReviewEveryMonths"/> after the last review, or after the start.</summary>
    public DateOnly NextReviewOn { get; private set; }

    /// <summary>Months between home visits of a 分散供养 特困 person (null for every other programme), from the rules when saved.</summary>
    public int? VisitEveryMonths { get; private set; }

    /// <summary>The day of the last home visit (a care visit or a review) not withdrawn.</summary>
    public DateOnly? LastVisitOn { get; private set; }

    /// <summary>The day the next home visit is owed: <see cref="VisitEveryMonths"/> after the last, or after the start.</summary>
    public DateOnly? NextVisitOn { get; private set; }

    public DateOnly? EndOn { get; private set; }

    public string? EndReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; init; }

    public bool IsActive => EndOn is null;

    /// <summary>Sets the review period and, from the last review (or the start), the day the next is owed.</summary>
    public void Schedule(int everyMonths, DateOnly? lastReview)
    {
        ReviewEveryMonths = everyMonths;
        LastReviewOn = lastReview;
        NextReviewOn = SocialAssistanceRules.Next(lastReview ?? StartOn, everyMonths);
    }

    /// <summary>Sets the visit period (null: no monthly visit) and, from the last visit (or the start), the day the next is owed.</summary>
    public void ScheduleVisits(int? everyMonths, DateOnly? lastVisit)
    {
        VisitEveryMonths = everyMonths;
        LastVisitOn = everyMonths is null ? null : lastVisit;
        NextVisitOn = everyMonths is { } months ? SocialAssistanceRules.Next(lastVisit ?? StartOn, months) : null;
    }

    /// <summary>Counts a home visit on <paramref name="day"/> (a later one moves the next visit on; an earlier one changes nothing).</summary>
    public void Visited(DateOnly day)
    {
        if (VisitEveryMonths is not null && (LastVisitOn is not { } last || last < day))
        {
            ScheduleVisits(VisitEveryMonths, day);
        }
    }

    /// <summary>Refuses a review of an ended programme or one dated before the programme began.</summary>
    public void EnsureReviewable(DateOnly on)
    {
        if (EndOn is not null)
        {
            throw new BusinessRuleException($"该{ProgrammeTerms.NameOf(Kind)}已于 {EndOn:yyyy-MM-dd} 终止，不再复核。", "programmeId");
        }

        if (on < StartOn)
        {
            throw new BusinessRuleException($"复核日期不能早于{ProgrammeTerms.NameOf(Kind)}的开始日期 {StartOn:yyyy-MM-dd}。", "visitedAt");
        }
    }

    /// <summary>Ends the period; an end before the start or a second end is refused.</summary>
    public void End(DateOnly on, string reason)
    {
        if (EndOn is not null)
        {
            throw new ConflictException($"该{ProgrammeTerms.NameOf(Kind)}已于 {EndOn:yyyy-MM-dd} 终止。");
        }

        if (on < StartOn)
        {
            throw new BusinessRuleException($"终止日期不能早于开始日期 {StartOn:yyyy-MM-dd}。", "endOn");
        }

        (EndOn, EndReason) = (on, reason);
    }
}
