namespace Platform.Modules.HourLedger.Ledger;

/// <summary>A grade of pace: what has been done against what is due by the day.</summary>
public sealed record Pace
{
    /// <summary>onTrack, slightlyBehind, behind, severelyBehind, justBegun, or none (no target).</summary>
    public required string Status { get; init; }

    /// <summary>The grade in words (正常, 略落后 …).</summary>
    public required string Label { get; init; }

    /// <summary>Done as a per cent of due; null without a target.</summary>
    public required decimal? Percent { get; init; }

    /// <summary>What the grade compares, for a tooltip.</summary>
    public required string Title { get; init; }

    /// <summary>The Bootstrap colour of the grade's badge.</summary>
    public string Css => Status switch
    {
        "onTrack" => "text-bg-success",
        "slightlyBehind" => "text-bg-info",
        "behind" => "text-bg-warning",
        "severelyBehind" => "text-bg-danger",
        _ => "text-bg-light border",
    };

    /// <summary>
    /// Grades <paramref name="done"/> against <paramref name="due"/> (both in <paramref name="unit"/>). In the first days of the
    /// period measured (a month's report, the project's first days) being behind is "刚开始": a 0 % then is no news, the
    /// month's work is mostly entered later.
    /// </summary>
    public static Pace Of(decimal done, decimal due, decimal target, string unit, DateOnly asOf, DateOnly periodStart, LedgerRules rules)
    {
        if (target <= 0)
        {
            return new Pace { Status = "none", Label = "无单列目标", Percent = null, Title = $"已完成 {Number(done)} {unit}；这一项没有单列目标" };
        }

        var percent = due <= 0 ? 100m : Math.Round(done / due * 100, 1);
        var title = $"已完成 {Number(done)} {unit}，按进度截至 {asOf:M月d日} 应完成 {Number(due)} {unit}，完成 {percent:0.#}%（年度目标 {Number(target)} {unit}）";
        var justBegun = asOf >= periodStart && asOf.DayNumber - periodStart.DayNumber < rules.JustBegunDays;
        var (status, label) = percent switch
        {
            _ when percent >= rules.OnTrackPercent => ("onTrack", "正常"),
            _ when justBegun => ("justBegun", periodStart.Day == 1 ? "本月刚开始" : "刚开始"),
            _ when percent >= rules.SlightlyBehindPercent => ("slightlyBehind", "略落后"),
            _ when percent >= rules.BehindPercent => ("behind", "落后"),
            _ => ("severelyBehind", "严重落后"),
        };
        return new Pace { Status = status, Label = label, Percent = percent, Title = title };
    }

    /// <summary>A figure as the pages print it: whole numbers with thousands separators, else one decimal.</summary>
    public static string Number(decimal value) => value == Math.Round(value) ? value.ToString("#,0") : value.ToString("#,0.#");
}
