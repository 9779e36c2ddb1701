using System.ComponentModel.DataAnnotations;
using Platform.Modularity.Rules;

namespace Platform.Modules.ChildWelfare;

/// <summary>
/// The child-welfare module's rules, each with its basis; <c>Platform:Modules:child-welfare:Rules</c> may change them
/// (another district, another contract). The rules page shows them as they are in force.
/// </summary>
public sealed class ChildWelfareRules : IModuleRules
{
    /// <summary>Home visits a key child is owed a month.</summary>
    [Range(1, 31, ErrorMessage = "每月入户探视次数须在 1–31 之间。")]
    public int KeyChildHomeVisitsPerMonth { get; set; } = 1;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string KeyChildHomeVisitsBasis { get; set; } = "招标文件 4.4 第 2 项：40 名重点关爱儿童每人每月上门探视 1 次";

    /// <summary>Home visits a month that credit CHILD_CARE (2 h each; 24 h a child a year).</summary>
    [Range(1, 31, ErrorMessage = "每月计入的探视次数须在 1–31 之间。")]
    public int CreditedVisitsPerMonth { get; set; } = 1;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string CreditedVisitsBasis { get; set; } = "招标文件 4.4 第 2 项：每人每年 24 小时，即每月 1 次、每次 2 小时";

    /// <summary>The day of the month on which every key child still unvisited is announced.</summary>
    [Range(1, 28, ErrorMessage = "提醒日须在每月 1–28 日之间（每个月都有的日子）。")]
    public int ReminderDay { get; set; } = 20;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string ReminderBasis { get; set; } = "项目约定：每月 20 日提醒尚未探视的重点关爱儿童，留出月底前的探视时间";

    /// <summary>
    /// Whether a visit still owed this month is news on <paramref name="today"/>: from the reminder day on. Before it, the
    /// month has time left and a key child not yet visited is no one's failing, so the overview does not draw it in red.
    /// </summary>
    public bool OwedVisitsPressing(DateOnly today) => today.Day >= ReminderDay;

    /// <summary>The number of key children the project plans.</summary>
    [Range(0, 100000, ErrorMessage = "计划人数不能为负数。")]
    public int PlannedKeyChildren { get; set; } = 40;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string MandatoryReportBasis { get; set; } = "《未成年人保护法》第十一条：发现未成年人受到侵害或面临危险，应当立即向公安、民政、教育等部门报告";

    public IEnumerable<RuleInForce> Describe() =>
    [
        new("重点关爱儿童每月入户探视", $"{KeyChildHomeVisitsPerMonth} 次", KeyChildHomeVisitsBasis),
        new("每月计入“困境儿童关爱探视”的入户探视", $"{CreditedVisitsPerMonth} 次 × 2 小时", CreditedVisitsBasis),
        new("未探视提醒", $"每月 {ReminderDay} 日", ReminderBasis),
        new("重点关爱儿童计划人数", $"{PlannedKeyChildren} 名", "招标文件 4.4 第 2 项"),
        new("发现儿童受到伤害或处于危险", "立即报告并通知项目主管", MandatoryReportBasis),
    ];
}

/// <summary>The registry categories that make a client a child of this module.</summary>
internal static class ChildCategories
{
    public static readonly IReadOnlyList<string> Codes = ["ORPHAN", "FACTO_UNSUPP", "LEFT_BEHIND", "DIFFICULT_CHILD", "MIGRANT_CHILD"];
}
