namespace Platform.Modules.ChildWelfare;

/// <summary>
/// The child-welfare module's rules, each with its basis; <c>Platform:Modules:child-welfare:Rules</c> may change them
/// (another district, another contract). The rules page shows them as they are in force.
/// </summary>
public sealed class ChildWelfareRules
{
    /// <summary>Home visits a key child is owed a month.</summary>
    public int KeyChildHomeVisitsPerMonth { get; set; } = 1;

    public string KeyChildHomeVisitsBasis { get; set; } = "招标文件 4.4 第 2 项：40 名重点关爱儿童每人每月上门探视 1 次";

    /// <summary>Home visits a month that credit CHILD_CARE (2 h each; 24 h a child a year).</summary>
    public int CreditedVisitsPerMonth { get; set; } = 1;

    public string CreditedVisitsBasis { get; set; } = "招标文件 4.4 第 2 项：每人每年 24 小时，即每月 1 次、每次 2 小时";

    /// <summary>The day of the month on which every key child still unvisited is announced.</summary>
    public int ReminderDay { get; set; } = 20;

    public string ReminderBasis { get; set; } = "项目约定：每月 20 日提醒尚未探视的重点关爱儿童，留出月底前的探视时间";

    /// <summary>The number of key children the project plans.</summary>
    public int PlannedKeyChildren { get; set; } = 40;

    public string MandatoryReportBasis { get; set; } = "《未成年人保护法》第十一条：发现未成年人受到侵害或面临危险，应当立即向公安、民政、教育等部门报告";

    public IEnumerable<(string Rule, string Value, string Basis)> Describe() =>
    [
        ("重点关爱儿童每月入户探视", $"{KeyChildHomeVisitsPerMonth} 次", KeyChildHomeVisitsBasis),
        ("每月计入“困境儿童关爱探视”的入户探视", $"{CreditedVisitsPerMonth} 次 × 2 小时", CreditedVisitsBasis),
        ("未探视提醒", $"每月 {ReminderDay} 日", ReminderBasis),
        ("重点关爱儿童计划人数", $"{PlannedKeyChildren} 名", "招标文件 4.4 第 2 项"),
        ("发现儿童受到伤害或处于危险", "立即报告并通知项目主管", MandatoryReportBasis),
    ];
}

/// <summary>The registry categories that make a client a child of this module.</summary>
public static class ChildCategories
{
    public static readonly IReadOnlyList<string> Codes = ["ORPHAN", "FACTO_UNSUPP", "LEFT_BEHIND", "DIFFICULT_CHILD", "MIGRANT_CHILD"];
}
