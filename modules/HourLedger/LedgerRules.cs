using System.ComponentModel.DataAnnotations;
using Platform.Modularity.Rules;

namespace Platform.Modules.HourLedger;

/// <summary>
/// How far behind the pace counts as how behind, and how long a month is "just begun"; <c>Platform:Modules:ledger:Rules</c>
/// may change them. Pace is what has been done against what is due by the day (the year's target pro-rated).
/// </summary>
public sealed class LedgerRules : IModuleRules, IValidatableObject
{
    /// <summary>At or above this share of the due amount the pace is 正常; below, 略落后.</summary>
    [Range(1, 100, ErrorMessage = "“正常”的下限须在 1–100 之间。")]
    public int OnTrackPercent { get; set; } = 95;

    /// <summary>Below this share, 落后.</summary>
    [Range(1, 100, ErrorMessage = "“略落后”的下限须在 1–100 之间。")]
    public int SlightlyBehindPercent { get; set; } = 80;

    /// <summary>Below this share, 严重落后.</summary>
    [Range(0, 100, ErrorMessage = "“落后”的下限须在 0–100 之间。")]
    public int BehindPercent { get; set; } = 50;

    /// <summary>The first days of a period measured (a month's report, the project) in which being behind is not yet news.</summary>
    [Range(0, 28, ErrorMessage = "“刚开始”的天数须在 0–28 之间。")]
    public int JustBegunDays { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(OnTrackPercent > SlightlyBehindPercent && SlightlyBehindPercent > BehindPercent))
        {
            yield return new ValidationResult("进度分级的下限须从“正常”到“落后”依次减小。", [nameof(OnTrackPercent), nameof(SlightlyBehindPercent), nameof(BehindPercent)]);
        }
    }

    public IEnumerable<RuleInForce> Describe() =>
    [
        new("正常", $"完成按进度应完成量的 {OnTrackPercent}% 以上", "进度 = 已完成 ÷ 按进度应完成（年度目标按已过天数折算）"),
        new("略落后", $"{SlightlyBehindPercent}%–{OnTrackPercent}%", "项目主管设定的分级"),
        new("落后", $"{BehindPercent}%–{SlightlyBehindPercent}%", "项目主管设定的分级"),
        new("严重落后", $"低于 {BehindPercent}%", "项目主管设定的分级"),
        new("本月刚开始", $"月报和项目开始的前 {JustBegunDays} 天不评落后", "月初的工作多在稍后登记，这时的 0% 不说明落后"),
    ];
}
