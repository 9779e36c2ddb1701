using System.ComponentModel.DataAnnotations;
using Platform.Modularity.Rules;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly;

/// <summary>
/// How often each elder is owed a visit, with the basis of each rule; <c>Platform:Modules:elderly:Rules</c> may change
/// them (another district's tiers). The strictest rule that applies wins.
/// </summary>
public sealed class ElderlyRules : IModuleRules
{
    [EnumDataType(typeof(VisitEvery), ErrorMessage = "探访频次只能是 Week、Month 或 Quarter。")]
    public VisitEvery HighRisk { get; set; } = VisitEvery.Week;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string HighRiskBasis { get; set; } = "内蒙古等地做法：高风险对象每周至少探访 1 次（重大变化后 24 小时内）";

    [EnumDataType(typeof(VisitEvery), ErrorMessage = "探访频次只能是 Week、Month 或 Quarter。")]
    public VisitEvery Priority { get; set; } = VisitEvery.Month;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string PriorityBasis { get; set; } = "内蒙古等地做法：重点对象每月至少探访 1 次";

    [EnumDataType(typeof(VisitEvery), ErrorMessage = "探访频次只能是 Week、Month 或 Quarter。")]
    public VisitEvery General { get; set; } = VisitEvery.Quarter;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string GeneralBasis { get; set; } = "内蒙古等地做法：一般对象每季度至少探访 1 次";

    [EnumDataType(typeof(VisitEvery), ErrorMessage = "探访频次只能是 Week、Month 或 Quarter。")]
    public VisitEvery Disabled { get; set; } = VisitEvery.Month;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string DisabledBasis { get; set; } = "民政部等 2022 年《关于开展特殊困难老年人探访关爱服务的指导意见》：失能老年人每月至少探访 1 次";

    [Range(1, 100, ErrorMessage = "月探访率目标须在 1–100 之间。")]
    public int RateTargetPercent { get; set; } = 100;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string RateBasis { get; set; } = "到 2025 年底，特殊困难老年人月探访率达到 100%（2022 年指导意见）";

    /// <summary>The visit frequency of an elder: the tier's, or monthly when 失能 and the tier asks less.</summary>
    public VisitEvery EveryFor(RiskTier tier, bool disabled)
    {
        var byTier = tier switch { RiskTier.High => HighRisk, RiskTier.Priority => Priority, _ => General };
        return disabled && Disabled < byTier ? Disabled : byTier;
    }

    /// <summary>The day a visit is next owed after a visit (or joining) on <paramref name="last"/>.</summary>
    public static DateOnly Next(DateOnly last, VisitEvery every) => every switch
    {
        VisitEvery.Week => last.AddDays(7),
        VisitEvery.Month => last.AddMonths(1),
        _ => last.AddMonths(3),
    };

    /// <summary>
    /// The latest last-visit day for which a visit is owed by <paramref name="day"/> (<see cref="Next"/> of it is on or before
    /// the day). On a month's last day every later day of the earlier month counts too: a visit on 31 January is owed again
    /// on 28 February.
    /// </summary>
    public static DateOnly Cutoff(DateOnly day, VisitEvery every) => every switch
    {
        VisitEvery.Week => day.AddDays(-7),
        VisitEvery.Month => MonthsBack(day, 1),
        _ => MonthsBack(day, 3),
    };

    private static DateOnly MonthsBack(DateOnly day, int months)
    {
        var back = day.AddMonths(-months);
        return day.AddDays(1).Day == 1 ? new DateOnly(back.Year, back.Month, DateTime.DaysInMonth(back.Year, back.Month)) : back;
    }

    public IEnumerable<RuleInForce> Describe() =>
    [
        new("高风险", ElderTerms.NameOf(HighRisk), HighRiskBasis),
        new("重点", ElderTerms.NameOf(Priority), PriorityBasis),
        new("一般", ElderTerms.NameOf(General), GeneralBasis),
        new("失能（不论等级）", $"至少{ElderTerms.NameOf(Disabled)}", DisabledBasis),
        new("月探访率目标", $"{RateTargetPercent}%", RateBasis),
    ];
}
