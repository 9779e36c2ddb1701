using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The hour ledger in the browser: a worker logs hours on a phone; the lead's home draws the stations' charts; the
/// report's workbook downloads in the all-stations view and as a worker, with the rows the page shows.
/// </summary>
public sealed class LedgerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static decimal Number(string? text) =>
        decimal.Parse(Regex.Match(text!.Replace(",", "", StringComparison.Ordinal), @"[\d.]+").Value, CultureInfo.InvariantCulture);

    /// <summary>A desktop context (1366×900), made here until the fixture has one.</summary>
    private Task<IBrowserContext> DesktopAsync() => fixture.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = fixture.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
        AcceptDownloads = true,
    });

    [Fact]
    public async Task A_worker_logs_hours_on_a_phone_and_sees_them_counted_as_not_professional()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker04");

        await page.GotoAsync("/ledger/progress");
        var assist = page.Locator("#indicators tr[data-codes=ASSIST] [data-figure=done]");
        var before = Number(await assist.TextContentAsync());
        var share = await page.Locator("#professional-share").TextContentAsync();
        share.Should().Contain("要求不低于 70%");

        await page.GotoAsync("/ledger/progress/hours");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await page.GetByLabel("日期").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("时长（小时）").FillAsync("2.5");
        await page.GetByLabel("做了什么").FillAsync("协助镇民政办低保年审入户核查");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        (await page.Locator(".alert-danger").TextContentAsync()).Should().Contain("不能登记今天以后的时长");

        await page.GetByLabel("日期").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        (await page.Locator("#recent").TextContentAsync()).Should().Contain("协助镇民政办低保年审入户核查");

        await page.GotoAsync("/ledger/progress");
        Number(await assist.TextContentAsync()).Should().Be(before + 2.5m);
        (await page.Locator("#indicators tr[data-codes=ASSIST]").TextContentAsync()).Should().Contain("不算专业服务");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "ledger-progress-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task The_leads_home_leads_with_the_stations_charts_drawn_beside_their_tables()
    {
        await using var context = await DesktopAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "lead");

        // The stations' dashboard comes first; each of its charts gets a canvas with something drawn on it.
        var first = page.Locator(".widget-card").First;
        (await first.Locator(".card-header").TextContentAsync()).Should().Be("各站点服务时长");
        await page.Locator("#station-charts [data-echarts] canvas").Nth(1).WaitForAsync();
        var drawn = await page.EvaluateAsync<int[]>(
            """
            () => [...document.querySelectorAll('#station-charts [data-echarts] canvas')].map(canvas => {
                if (canvas.width === 0 || canvas.height === 0) return 0;
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
                return painted;
            })
            """);
        drawn.Should().HaveCount(2).And.AllSatisfy(painted => painted.Should().BePositive("the chart is not blank"));
        (await page.Locator("#station-figures tr[data-station]").CountAsync()).Should().Be(7);
        await page.Locator("#station-trend").WaitForAsync();

        // Widgets arriving below the charts bring the scroll bar and narrow the page: every chart follows its card.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForFunctionAsync(
            """
            () => {
                const canvases = [...document.querySelectorAll('[data-echarts] canvas')];
                return canvases.length >= 3 && canvases.every(canvas =>
                    canvas.getBoundingClientRect().right <= canvas.closest('.card').getBoundingClientRect().right + 1);
            }
            """);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "ledger-lead-home-desktop.png"), FullPage = true });
    }

    [Fact]
    public async Task The_reports_workbook_downloads_in_the_all_stations_view_and_as_a_worker_with_the_rows_shown()
    {
        foreach (var user in new[] { "lead", "worker02" })
        {
            await using var context = await DesktopAsync();
            var page = await context.NewPageAsync();
            await BrowserFixture.LogInAsync(page, user);
            await page.GotoAsync("/ledger/progress/report");
            var heading = await page.Locator("#report-station").TextContentAsync();
            if (user == "lead")
            {
                heading.Should().Be("全部站点");
            }
            else
            {
                heading.Should().EndWith("民政服务站", "a worker's report is headed with their station");
            }

            // The demo's records still reach the ledger through the outboxes for a while after start: compare a download
            // with the page as it was both before and after it (the figures only grow, so equal means the same).
            List<List<string>> sheet = [];
            List<(string Part, decimal Done)> shown = [];
            var rowsShown = 0;
            for (var attempt = 0; attempt < 30; attempt++)
            {
                var before = await ShownAsync(page);
                var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "下载 Excel" }).ClickAsync());
                download.SuggestedFilename.Should().EndWith(".xlsx");
                var path = Path.Combine(fixture.ScreenshotDirectory, $"report-{user}.xlsx");
                await download.SaveAsAsync(path);
                sheet = Sheet(path);
                await page.ReloadAsync();
                shown = await ShownAsync(page);
                rowsShown = await page.Locator("#report tbody tr").CountAsync();
                if (before.SequenceEqual(shown))
                {
                    break;
                }
            }

            sheet.Should().HaveCount(rowsShown + 2, "a header, the rows shown (each indicator, the subtotals, the total) and the note");
            foreach (var (part, done) in shown)
            {
                sheet.Should().Contain(line => line.Contains(part) && Holds(line, done), $"{user}: {part}");
            }

            sheet[^1].Should().Contain(cell => cell.Contains(heading!), "the note names the station");
        }
    }

    /// <summary>Each indicator row of the report page: its 其中 (the sixth cell from the end) and its done quantity.</summary>
    private static async Task<List<(string Part, decimal Done)>> ShownAsync(IPage page)
    {
        var shown = new List<(string, decimal)>();
        foreach (var row in await page.Locator("#report tr[data-code]").AllAsync())
        {
            var cells = row.Locator("td");
            var part = (await cells.Nth(await cells.CountAsync() - 6).TextContentAsync())!.Trim();
            shown.Add((part, Number(await row.Locator("[data-figure=done]").TextContentAsync())));
        }

        return shown;
    }

    private static bool Holds(List<string> line, decimal value) =>
        line.Any(c => decimal.TryParse(c, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d == value);

    /// <summary>The first sheet of a workbook, a row a list of its cells' texts (shared strings resolved).</summary>
    private static List<List<string>> Sheet(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } entry
            ? XDocument.Load(entry.Open()).Descendants(main + "si").Select(si => string.Concat(si.Descendants(main + "t").Select(t => t.Value))).ToList()
            : [];
        var worksheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        return XDocument.Load(worksheet.Open()).Descendants(main + "row")
            .Select(row => row.Elements(main + "c").Select(c =>
            {
                var value = c.Element(main + "v")?.Value ?? string.Concat(c.Descendants(main + "t").Select(t => t.Value));
                return (string?)c.Attribute("t") == "s" ? shared[int.Parse(value, CultureInfo.InvariantCulture)] : value;
            }).ToList())
            .ToList();
    }
}
