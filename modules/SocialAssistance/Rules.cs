using System.ComponentModel.DataAnnotations;
using Platform.Modularity.Rules;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance;

/// <summary>
/// How often each programme is reviewed and the local standards the economic assessment is compared with, each with its
/// basis; <c>Platform:Modules:social-assistance:Rules</c> sets another district's values. The standards only feed a
/// reference: the platform decides nothing about a person (个人信息保护法 第24条), the civil-affairs office does.
/// </summary>
public sealed class SocialAssistanceRules : IModuleRules
{
    private const string Months = "复核周期须在 1–24 个月之间。";
    private const string Basis = "请写明这条规则的依据。";

    [Range(1, 24, ErrorMessage = Months)] public int DibaoClassA { get; set; } = 12;
    [Range(1, 24, ErrorMessage = Months)] public int DibaoClassB { get; set; } = 12;
    [Range(1, 24, ErrorMessage = Months)] public int DibaoClassC { get; set; } = 6;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string DibaoClassBasis { get; set; } = "分类管理（咸阳等地做法）：A 类、B 类每年复核，C 类（收入变化、有劳动能力）农村每半年复核（城市每季度，可按本地调整）";

    [Range(1, 24, ErrorMessage = Months)] public int Stable { get; set; } = 12;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string StableBasis { get; set; } = "社会救助暂行办法第13条：乡镇（街道）定期核查；收入来源稳定、成员和收入状况变化不大的家庭每年核查一次";

    [Range(1, 24, ErrorMessage = Months)] public int IncomeVaries { get; set; } = 6;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string IncomeVariesBasis { get; set; } = "收入状况变化、有劳动能力的家庭每半年核查一次（最低生活保障审核确认办法的常见做法）";

    [Range(1, 24, ErrorMessage = Months)] public int RigidExpense { get; set; } = 12;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string RigidExpenseBasis { get; set; } = "刚性支出困难家庭认定有效期不超过 12 个月，期满重新认定（2024 年全国认定办法）";

    [Range(typeof(decimal), "1", "100000", ErrorMessage = "低保标准须为 1–100000 元/月。")] public decimal UrbanStandard { get; set; } = 950;
    [Range(typeof(decimal), "1", "100000", ErrorMessage = "低保标准须为 1–100000 元/月。")] public decimal RuralStandard { get; set; } = 760;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string StandardBasis { get; set; } = "本地城乡低保标准（元/人·月），由设区的市或县级人民政府公布；此处为示例值，请按本地现行标准设置";

    [Range(typeof(decimal), "1", "5", ErrorMessage = "低保边缘倍数须在 1–5 之间。")] public decimal EdgeMultiple { get; set; } = 1.5m;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string EdgeBasis { get; set; } = "低保边缘家庭：人均收入低于当地低保标准 1.5 倍（各省认定办法的通行做法）";

    [Range(1, 100, ErrorMessage = "刚性支出比例须在 1–100 之间。")] public int RigidRatioPercent { get; set; } = 70;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string RigidRatioBasis { get; set; } = "内蒙古 2024 年做法：医疗、教育、康复、意外等刚性支出超过家庭收入 70%（各省自定）";

    [Range(1, 60, ErrorMessage = "临时救助办理时限须在 1–60 个工作日之间。")] public int TemporaryAidWorkingDays { get; set; } = 15;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string TemporaryAidBasis { get; set; } = "喀什 2023 年做法：入户调查、审核、审批合计不超过 15 个工作日（各地自定）";

    [Range(1, 60, ErrorMessage = "先行救助补齐材料的时限须在 1–60 个工作日之间。")] public int EmergencyPapersWorkingDays { get; set; } = 10;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string EmergencyPapersBasis { get; set; } = "国发〔2014〕47号：紧急情况先行救助，事后补齐手续；地方做法为救助后 10 个工作日内补齐证明材料";

    [Range(1, 36, ErrorMessage = "同一事由提醒期须在 1–36 个月之间。")] public int SameCauseMonths { get; set; } = 12;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string SameCauseBasis { get; set; } = "地方做法：同一对象同一事由原则上每年救助一次（只提醒，不拦截）";

    /// <summary>The months between reviews of a programme: the class's for 低保, six-monthly wherever income varies.</summary>
    public int ReviewEvery(ProgrammeKind kind, ManagementClass? cls, bool incomeVaries)
    {
        var months = kind switch
        {
            ProgrammeKind.Dibao => cls switch { ManagementClass.A => DibaoClassA, ManagementClass.C => DibaoClassC, ManagementClass.B => DibaoClassB, _ => Stable },
            ProgrammeKind.RigidExpense => RigidExpense,
            _ => Stable,
        };
        return incomeVaries ? Math.Min(months, IncomeVaries) : months;
    }

    /// <summary>The basis of <see cref="ReviewEvery"/> for a programme.</summary>
    public string ReviewBasis(ProgrammeKind kind, ManagementClass? cls, bool incomeVaries) =>
        incomeVaries && IncomeVaries < ReviewEvery(kind, cls, false) ? IncomeVariesBasis
        : kind == ProgrammeKind.Dibao && cls is not null ? DibaoClassBasis
        : kind == ProgrammeKind.RigidExpense ? RigidExpenseBasis
        : StableBasis;

    public decimal StandardFor(AssistanceArea area) => area == AssistanceArea.Urban ? UrbanStandard : RuralStandard;

    /// <summary>
    /// The day a review is next owed after one (or the start) on <paramref name="last"/>; a month end stays a month end
    /// the short month allows (31 August + 6 months = 28 February).
    /// </summary>
    public static DateOnly Next(DateOnly last, int months) => last.AddMonths(months);

    /// <summary>
    /// The latest last-review day for which a review is owed by <paramref name="day"/>: <see cref="Next"/> of it is on or
    /// before the day. On a month's last day every later day of the earlier month counts too.
    /// </summary>
    public static DateOnly Cutoff(DateOnly day, int months)
    {
        var back = day.AddMonths(-months);
        return day.AddDays(1).Day == 1 ? new DateOnly(back.Year, back.Month, DateTime.DaysInMonth(back.Year, back.Month)) : back;
    }

    /// <summary>Every review period the rules can produce (for the due query).</summary>
    public IReadOnlyList<int> Periods() => new[] { DibaoClassA, DibaoClassB, DibaoClassC, Stable, IncomeVaries, RigidExpense }.Distinct().Order().ToList();

    public IEnumerable<RuleInForce> Describe() =>
    [
        new("低保 A 类复核", $"每 {DibaoClassA} 个月", DibaoClassBasis),
        new("低保 B 类复核", $"每 {DibaoClassB} 个月", DibaoClassBasis),
        new("低保 C 类复核", $"每 {DibaoClassC} 个月", DibaoClassBasis),
        new("收入稳定家庭复核（特困、低保边缘、未分类低保）", $"每 {Stable} 个月", StableBasis),
        new("收入变化家庭复核", $"每 {IncomeVaries} 个月", IncomeVariesBasis),
        new("支出型困难复核", $"每 {RigidExpense} 个月", RigidExpenseBasis),
        new("低保标准", $"城市 {UrbanStandard:0.##} 元、农村 {RuralStandard:0.##} 元/人·月", StandardBasis),
        new("低保边缘", $"低于低保标准 {EdgeMultiple:0.##} 倍", EdgeBasis),
        new("刚性支出困难", $"刚性支出超过家庭收入 {RigidRatioPercent}%", RigidRatioBasis),
        new("临时救助办理时限（一般程序）", $"{TemporaryAidWorkingDays} 个工作日", TemporaryAidBasis),
        new("先行救助补齐材料", $"{EmergencyPapersWorkingDays} 个工作日内", EmergencyPapersBasis),
        new("同一事由再次申请提醒", $"{SameCauseMonths} 个月内", SameCauseBasis),
        new("工作日", "周一至周五", "平台不掌握法定节假日和调休，节假日前后的期限请人工核对"),
    ];
}
