using System.ComponentModel.DataAnnotations;
using Platform.Modularity.Rules;

namespace Platform.Modules.Volunteers;

/// <summary>How a served hour is counted.</summary>
public enum HourRounding
{
    /// <summary>向下取整 to the unit (a half hour begun does not count).</summary>
    Down,
    /// <summary>四舍五入 to the nearest unit.</summary>
    Nearest,
}

/// <summary>What a column of the national system's import file holds.</summary>
public enum ExportField
{
    Name,
    DocumentType,
    DocumentNumber,
    Phone,
    VolunteerNumber,
    ActivityName,
    ServiceDate,
    StartTime,
    EndTime,
    Hours,
    Content,
    Recorder,
    Organiser,
    Place,
}

/// <summary>
/// The volunteer module's rules, each with its basis; <c>Platform:Modules:volunteers:Rules</c> may change them. The QR
/// code's window, how served time becomes hours, the daily cap, and the columns of the national system's import file
/// (its template is not public, so the mapping is configuration).
/// </summary>
public sealed class VolunteerRules : IModuleRules, IValidatableObject
{
    /// <summary>Default columns: the fields §9 of the domain reference lists for a service record.</summary>
    public const string DefaultColumns = "姓名=Name;证件类型=DocumentType;证件号码=DocumentNumber;手机号=Phone;志愿者编号=VolunteerNumber;活动名称=ActivityName;服务日期=ServiceDate;开始时间=StartTime;结束时间=EndTime;服务时长=Hours;服务内容=Content;记录人=Recorder";

    [Range(0, 240, ErrorMessage = "签到码有效时间的前后余量须在 0–240 分钟之间。")]
    public int CodeMarginMinutes { get; set; } = 30;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string CodeMarginBasis { get; set; } = "签到码只在活动时间内有效，前后各留余量供提前到场和收尾；过期不能再用（防止事后补签）";

    [Range(10, 100000, ErrorMessage = "每个地址的扫码次数上限须在 10–100000 之间。")]
    public int ScanBurstPerAddress { get; set; } = 600;

    [Range(1, 60, ErrorMessage = "时长取整单位须在 1–60 分钟之间。")]
    public int RoundingMinutes { get; set; } = 30;

    [EnumDataType(typeof(HourRounding), ErrorMessage = "取整方式只能是 Down 或 Nearest。")]
    public HourRounding Rounding { get; set; } = HourRounding.Down;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string RoundingBasis { get; set; } = "服务时数是指实际服务的时间（不含往返途中时间）：以现场签到、签退为准，按半小时向下取整（民政部注册志愿者证参考式样说明）";

    [Range(1, 24, ErrorMessage = "每日时长上限须在 1–24 小时之间。")]
    public decimal DailyCapHours { get; set; } = 8;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string DailyCapBasis { get; set; } = "一次活动一天最多计 8 小时，超出部分须由社工核实后更正（项目约定）";

    [Range(0, 2000, ErrorMessage = "每名社工每年链接志愿服务时长须在 0–2000 小时之间。")]
    public decimal AnnualHoursPerWorker { get; set; } = 200;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string AnnualHoursBasis { get; set; } = "招标文件第 9 项：每名社工每年链接志愿服务不少于 200 小时，记入全国志愿服务信息系统";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请配置导出列。")]
    public string ExportColumns { get; set; } = DefaultColumns;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string ExportBasis { get; set; } = "全国志愿服务信息系统的批量导入模板未公开：列名和顺序按所在地系统的模板配置（表头=字段；……），默认列为 67 号令第 4 条要求记录的内容";

    /// <summary>The national system identifies a volunteer by the full document number; otherwise the export masks it.</summary>
    public bool ExportFullDocumentNumber { get; set; } = true;

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
    public string ExportNumberBasis { get; set; } = "导入全国志愿服务信息系统须以证件号码识别志愿者（实名注册）；仅限本站点社工导出，导出写入审计日志";

    /// <summary>The export's columns in order (header, field).</summary>
    public IReadOnlyList<(string Header, ExportField Field)> Columns() =>
        ExportColumns.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .Select(p => (p[0], Enum.Parse<ExportField>(p[1], ignoreCase: true)))
            .ToList();

    /// <summary>Served time as hours: the rounding rule, then the daily cap.</summary>
    public decimal HoursFor(DateTime signedIn, DateTime signedOut)
    {
        var minutes = (signedOut - signedIn).TotalMinutes;
        if (minutes <= 0)
        {
            return 0;
        }

        var units = Rounding == HourRounding.Nearest ? Math.Round(minutes / RoundingMinutes, MidpointRounding.AwayFromZero) : Math.Floor(minutes / RoundingMinutes);
        var hours = Math.Round((decimal)(units * RoundingMinutes) / 60m, 2);
        return Math.Min(hours, DailyCapHours);
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var pair in (ExportColumns ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || !Enum.TryParse<ExportField>(parts[1], ignoreCase: true, out _) || int.TryParse(parts[1], out _))
            {
                yield return new ValidationResult($"导出列“{pair}”应写成 表头=字段，字段为 {string.Join("、", Enum.GetNames<ExportField>())} 之一。", [nameof(ExportColumns)]);
            }
        }
    }

    public IEnumerable<RuleInForce> Describe() =>
    [
        new("签到码有效时间", $"活动开始前 {CodeMarginMinutes} 分钟至结束后 {CodeMarginMinutes} 分钟", CodeMarginBasis),
        new("服务时长计算", $"签退减签到，按 {RoundingMinutes} 分钟{(Rounding == HourRounding.Down ? "向下取整" : "四舍五入")}", RoundingBasis),
        new("每次活动每日上限", $"{DailyCapHours:0.##} 小时", DailyCapBasis),
        new("每名社工每年链接志愿服务", $"不少于 {AnnualHoursPerWorker:0.##} 小时", AnnualHoursBasis),
        new("全国系统导出列", string.Join("、", Columns().Select(c => c.Header)), ExportBasis),
        new("导出证件号码", ExportFullDocumentNumber ? "完整号码" : "遮蔽（前 6 后 4）", ExportNumberBasis),
    ];
}
