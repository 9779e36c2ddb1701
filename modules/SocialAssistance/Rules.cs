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

    [Range(1, 12, ErrorMessage = "分散供养特困人员探视周期须在 1–12 个月之间。")] public int DispersedVisitMonths { get; set; } = 1;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string DispersedVisitBasis { get; set; } = "分散供养特困人员探视巡访制度：明确探视责任人，每月至少探视一次，以入户为主（安徽 2022 年指引等地方做法）";

    [Range(1, 90, ErrorMessage = "预警核查时限须在 1–90 天之间。")] public int AlertVerifyDays { get; set; } = 15;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string AlertVerifyBasis { get; set; } = "低收入人口动态监测：预警信息推送后由乡镇（街道）及时入户核实并反馈（各地时限不一，多为 7–15 日）；此处为示例值，请按本地规定设置";

    [Range(1, 180, ErrorMessage = "照料协议到期提醒须在到期前 1–180 天之间。")] public int AgreementRemindDays { get; set; } = 30;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string AgreementRemindBasis { get; set; } = "分散供养特困人员须与照料人签订委托照料服务协议（安徽 2022 年指引等地方做法）；协议到期前 30 天提醒续签，以免照料中断（提醒天数为本平台默认值，可按本地调整）";

    [Range(1, 10, ErrorMessage = "照料协议期限须在 1–10 年之间。")] public int AgreementMostYears { get; set; } = 5;

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "照料护理费须为 0–100000 元/月。")] public decimal? CareFeeLost { get; set; } = 1000;
    [Range(typeof(decimal), "0", "100000", ErrorMessage = "照料护理费须为 0–100000 元/月。")] public decimal? CareFeePartlyLost { get; set; } = 500;
    [Range(typeof(decimal), "0", "100000", ErrorMessage = "照料护理费须为 0–100000 元/月。")] public decimal? CareFeeAble { get; set; } = 150;

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string CareFeeBasis { get; set; } = "特困人员照料护理标准按生活自理能力分档：完全丧失、部分丧失、具备生活自理能力（特困人员认定办法；各省按当地最低工资或平均工资的一定比例确定）。金额为示例值，请按本地现行标准设置或留空";

    /// <summary>Public holidays, as days and ranges ("2026-10-01..2026-10-07"), separated by commas: not working days.</summary>
    [DayList]
    public string Holidays { get; set; } = "2026-01-01..2026-01-03, 2026-02-15..2026-02-23, 2026-04-04..2026-04-06, 2026-05-01..2026-05-05, 2026-06-19..2026-06-21, 2026-09-25..2026-09-27, 2026-10-01..2026-10-07";

    /// <summary>Weekend days worked in exchange (调休上班), as <see cref="Holidays"/>: working days.</summary>
    [DayList]
    public string MakeUpWorkingDays { get; set; } = "2026-01-04, 2026-02-14, 2026-02-28, 2026-05-09, 2026-09-20, 2026-10-10";

    [Required(AllowEmptyStrings = false, ErrorMessage = Basis)]
    public string HolidayBasis { get; set; } = "国务院办公厅关于 2026 年部分节假日安排的通知（放假日期和调休上班日期）；每年通知发布后请核对并补充下一年";

    private WorkingCalendar? _calendar;

    /// <summary>Monday to Friday, less the holidays, plus the 调休 working days.</summary>
    public WorkingCalendar Calendar => _calendar ??= new WorkingCalendar(DayListAttribute.Parse(Holidays), DayListAttribute.Parse(MakeUpWorkingDays));

    /// <summary>The example monthly care fee of a band (null: not set for this district).</summary>
    public decimal? CareFeeFor(SelfCareAbility band) => band switch
    {
        SelfCareAbility.Lost => CareFeeLost,
        SelfCareAbility.PartlyLost => CareFeePartlyLost,
        _ => CareFeeAble,
    };

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

    /// <summary>The months between home visits of a programme: 分散供养 特困 only.</summary>
    public int? VisitEvery(ProgrammeKind kind, TekunCare? care) => kind == ProgrammeKind.Tekun && care == TekunCare.Dispersed ? DispersedVisitMonths : null;

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
        new("工作日", $"周一至周五，除去法定节假日 {Calendar.HolidayCount} 天，加上调休上班 {Calendar.MakeUpCount} 天", HolidayBasis),
        new("分散供养特困人员探视", $"每 {DispersedVisitMonths} 个月至少一次（入户复核也算）", DispersedVisitBasis),
        new("监测预警入户核查", $"导入后 {AlertVerifyDays} 天内", AlertVerifyBasis),
        new("照料协议到期提醒", $"到期前 {AgreementRemindDays} 天提醒一次（协议最长 {AgreementMostYears} 年）", AgreementRemindBasis),
        new("照料护理费档次（示例值）", $"全护理 {Fee(CareFeeLost)}、半护理 {Fee(CareFeePartlyLost)}、自理 {Fee(CareFeeAble)}", CareFeeBasis),
    ];

    private static string Fee(decimal? amount) => amount is { } a ? $"{a:0.##} 元/月" : "未设";
}

/// <summary>Days and ranges of days ("2026-10-01..2026-10-07"), separated by commas; each must be a real date.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class DayListAttribute : ValidationAttribute
{
    public DayListAttribute() : base("日期须写成 2026-10-01 或 2026-10-01..2026-10-07，用逗号分隔。")
    {
    }

    public override bool IsValid(object? value)
    {
        try
        {
            Parse(value as string);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal static HashSet<DateOnly> Parse(string? text)
    {
        var days = new HashSet<DateOnly>();
        foreach (var part in (text ?? "").Split([',', '，', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split("..", StringSplitOptions.TrimEntries);
            if (ends.Length > 2)
            {
                throw new FormatException(part);
            }

            var from = DateOnly.ParseExact(ends[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var to = ends.Length == 2 ? DateOnly.ParseExact(ends[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : from;
            if (to < from || to.DayNumber - from.DayNumber > 60)
            {
                throw new FormatException(part);
            }

            for (var d = from; d <= to; d = d.AddDays(1))
            {
                days.Add(d);
            }
        }

        return days;
    }
}

/// <summary>Which days are working days: Monday to Friday, less the public holidays, plus the 调休 working days.</summary>
public sealed class WorkingCalendar(IReadOnlySet<DateOnly> holidays, IReadOnlySet<DateOnly> makeUp)
{
    public static readonly WorkingCalendar WeekdaysOnly = new(new HashSet<DateOnly>(), new HashSet<DateOnly>());

    public int HolidayCount => holidays.Count;

    public int MakeUpCount => makeUp.Count;

    public bool IsWorkingDay(DateOnly day) =>
        makeUp.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

    /// <summary>The day <paramref name="days"/> working days after <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/> (negative when past).</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var sign = to >= from ? 1 : -1;
        var (a, b) = sign > 0 ? (from, to) : (to, from);
        var n = 0;
        for (var d = a.AddDays(1); d <= b; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                n++;
            }
        }

        return sign * n;
    }
}
