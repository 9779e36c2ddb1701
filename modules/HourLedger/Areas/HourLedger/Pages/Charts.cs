using System.Text.Json;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages;

/// <summary>
/// The ECharts options of the ledger's charts, written on the server as JSON for <c>data-echarts</c> (platform.js
/// draws them). The figures of every chart are also in a table beside it, for screen readers and print.
/// </summary>
internal static class Charts
{
    private static readonly object Grid = new { left = 8, right = 24, top = 36, bottom = 8, containLabel = true };

    /// <summary>A station's name on an axis, without the suffix every station shares (莲塘镇民政服务站 → 莲塘镇).</summary>
    private static string Short(string name) => name.EndsWith("民政服务站", StringComparison.Ordinal) && name.Length > 5 ? name[..^5] : name;

    /// <summary>Each station's hours done (a bar) against the hours due by the day (a marker); the grades are in the table.</summary>
    public static string StationHours(IReadOnlyList<StationFigure> stations) => Json(new
    {
        aria = new { enabled = true },
        tooltip = new { trigger = "axis" },
        legend = new { top = 0 },
        grid = Grid,
        xAxis = new { type = "category", data = stations.Select(s => Short(s.Name)), axisLabel = new { interval = 0, rotate = stations.Count > 8 ? 30 : 0 } },
        yAxis = new { type = "value", name = "小时" },
        series = new object[]
        {
            new { name = "已完成", type = "bar", barMaxWidth = 36, itemStyle = new { color = "#0d6efd" }, data = stations.Select(s => s.Hours) },
            new { name = "按进度应完成", type = "scatter", symbol = "rect", symbolSize = new[] { 34, 4 }, itemStyle = new { color = "#212529" }, z = 3, data = stations.Select(s => s.DueHours) },
        },
    });

    /// <summary>Each station's professional share against the required share (a dashed line), and its home-visit share.</summary>
    public static string StationShares(IReadOnlyList<StationFigure> stations, decimal minimum) => Json(new
    {
        aria = new { enabled = true },
        tooltip = new { trigger = "axis" },
        legend = new { top = 0 },
        grid = Grid,
        xAxis = new { type = "category", data = stations.Select(s => Short(s.Name)), axisLabel = new { interval = 0, rotate = stations.Count > 8 ? 30 : 0 } },
        yAxis = new { type = "value", max = 100, axisLabel = new { formatter = "{value}%" } },
        series = new object[]
        {
            new
            {
                // The series' colour is the legend's; a station under the minimum is red on its own bar.
                name = "专业服务占比", type = "bar", barMaxWidth = 28, itemStyle = new { color = "#198754" },
                data = stations.Select(s => new { value = Percent(s.ProfessionalShare), itemStyle = new { color = (s.ProfessionalShare ?? 0) >= minimum ? "#198754" : "#dc3545" } }),
                markLine = new { symbol = "none", silent = true, data = new[] { new { yAxis = Percent(minimum) } }, label = new { formatter = $"要求 {Percent(minimum):0}%", position = "insideEndTop" }, lineStyle = new { color = "#dc3545", type = "dashed" } },
            },
            new { name = "入户探访占比", type = "bar", barMaxWidth = 28, itemStyle = new { color = "#6f42c1" }, data = stations.Select(s => Percent(s.HomeVisitShare)) },
        },
    });

    /// <summary>Each station's hours month by month, a line a station.</summary>
    public static string StationTrend(StationFigures figures) => Json(new
    {
        aria = new { enabled = true },
        tooltip = new { trigger = "axis" },
        legend = new { top = 0, type = "scroll" },
        grid = Grid,
        xAxis = new { type = "category", data = figures.Months },
        yAxis = new { type = "value", name = "小时" },
        series = figures.Stations.Select(s => new { name = Short(s.Name), type = "line", data = s.HoursByMonth }),
    });

    /// <summary>The hours of each month, professional and other stacked.</summary>
    public static string MonthlyHours(IReadOnlyList<MonthHours> months) => Json(new
    {
        aria = new { enabled = true },
        tooltip = new { trigger = "axis" },
        legend = new { top = 0 },
        grid = Grid,
        xAxis = new { type = "category", data = months.Select(m => m.Month) },
        yAxis = new { type = "value", name = "小时" },
        series = new object[]
        {
            new { name = "专业服务", type = "bar", stack = "hours", itemStyle = new { color = "#0d6efd" }, data = months.Select(m => m.ProfessionalHours) },
            new { name = "协助镇街等", type = "bar", stack = "hours", itemStyle = new { color = "#adb5bd" }, data = months.Select(m => m.OtherHours) },
        },
    });

    public static decimal? Percent(decimal? share) => share is { } s ? Math.Round(s * 100, 1) : null;

    private static string Json(object option) => JsonSerializer.Serialize(option);
}
