using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using MiniExcelLibs;
using Platform.Contracts.Ledger;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// The ledger's figures agree: the progress page, the report, its workbook and the stations' dashboard give the same
/// numbers for the same station and period; targets are whole and add up; the pace is graded; bad input saves nothing.
/// </summary>
public abstract class LedgerFiguresTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record Summary(DateOnly From, DateOnly To, string? StationId, List<Line> Lines, decimal ProfessionalHours, decimal TotalHours, decimal? ProfessionalShare);

    private sealed record Line(int Row, string Name, List<Part> Parts, decimal TargetHours, decimal DoneHours, decimal DueHours, PaceView Pace);

    private sealed record Part(string Code, decimal Quantity, decimal StandardHours, decimal TargetQuantity);

    private sealed record PaceView(string Status, string Label, decimal? Percent, string Title);

    private sealed record Report(string Station, List<Line> Rows, decimal DoneHours, decimal OtherHours, decimal? ProfessionalShare);

    private sealed record ProjectLine(int Id, DateOnly StartDate, DateOnly EndDate, List<string> StationIds, bool IsCurrent);

    private sealed record Created(int Id);

    private sealed record Sheet(List<SheetRow> Rows);

    private sealed record SheetRow(string Code, decimal ProjectTarget, decimal StationTarget, List<SheetCell> Workers, string? Warning);

    private sealed record SheetCell(string WorkerId, decimal Quantity);

    private static decimal Number(string text) =>
        decimal.Parse(System.Text.RegularExpressions.Regex.Match(text.Replace(",", "", StringComparison.Ordinal), @"-?[\d.]+").Value, CultureInfo.InvariantCulture);

    private async Task DemoCreditsArrivedAsync() =>
        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("registry")).All(m => m.ProcessedAt != null), "the registry's credits", seconds: 60);

    [Fact]
    public async Task The_progress_page_and_the_report_show_the_same_hours_and_quantities_for_a_station()
    {
        await DemoCreditsArrivedAsync();
        var station = (await (await Factory.ApiAsync("worker01")).MeAsync()).StationId!;
        var lead = await Factory.BrowserAsync("lead");
        var progress = await lead.GetPageAsync($"/ledger/progress?stationId={station}");
        var report = await lead.GetPageAsync($"/ledger/progress/report?stationId={station}");
        var summary = (await (await Factory.ApiAsync("lead")).GetFromJsonAsync<Summary>($"/api/v1/ledger/summary?stationId={station}"))!;

        foreach (var line in summary.Lines.Where(l => l.Row > 0))
        {
            var onProgress = progress.QuerySelector($"#indicators tr[data-row='{line.Row}']")!;
            var reportRows = report.QuerySelectorAll($"#report tr[data-row='{line.Row}']");
            var reportHours = reportRows.Last().QuerySelector("[data-figure=done-hours]")!.TextContent;
            Number(onProgress.QuerySelector("[data-figure=done]")!.TextContent).Should().Be(Number(reportHours), $"row {line.Row}'s hours");
            Number(reportHours).Should().Be(line.DoneHours);
            foreach (var part in line.Parts)
            {
                var reported = Number(report.QuerySelector($"#report tr[data-code='{part.Code}'] [data-figure=done]")!.TextContent);
                reported.Should().Be(part.Quantity, part.Code);
                if (line.Parts.Count > 1 && onProgress.QuerySelector($"[data-part='{part.Code}']") is { } shown)
                {
                    // "电话探访 583 人次 × 1 小时": both counts of a mixed row, each with its hours per unit.
                    Number(shown.TextContent.Split(' ', 2)[1]).Should().Be(part.Quantity, part.Code);
                }
            }
        }

        // Row 1 mixes home and phone visits: the page names both, and their hours make the row's.
        var visits = summary.Lines.Single(l => l.Row == 1);
        visits.Parts.Select(p => p.Code).Should().Equal(Indicators.Outreach, Indicators.OutreachPhone);
        visits.DoneHours.Should().Be(visits.Parts.Sum(p => p.StandardHours));
        progress.QuerySelector("#indicators tr[data-row='1']")!.TextContent.Should().Contain("入户探访").And.Contain("电话探访");
    }

    [Fact]
    public async Task The_stations_dashboard_gives_each_stations_hours_and_share_as_the_report_does()
    {
        await DemoCreditsArrivedAsync();
        var lead = await Factory.BrowserAsync("lead");
        var widget = await lead.GetPageAsync("/ledger/widgets/stations");
        var rows = widget.QuerySelectorAll("#station-figures tr[data-station]");
        rows.Should().HaveCount(7);
        widget.QuerySelectorAll("[data-echarts]").Should().HaveCount(2, "hours against pace, and the professional share");
        var api = await Factory.ApiAsync("bureau");
        var trend = await lead.GetPageAsync("/ledger/widgets/trend");
        foreach (var row in rows)
        {
            var station = row.GetAttribute("data-station")!;
            var report = (await api.GetFromJsonAsync<Report>($"/api/v1/ledger/report?stationId={station}"))!;
            Number(row.QuerySelector("[data-figure=hours]")!.TextContent).Should().Be(report.DoneHours + report.OtherHours, station);
            Number(row.QuerySelector("[data-figure=share]")!.TextContent).Should().Be(Number((report.ProfessionalShare!.Value * 100).ToString("0.0", CultureInfo.InvariantCulture)), station);
            var summary = (await api.GetFromJsonAsync<Summary>($"/api/v1/ledger/summary?stationId={station}"))!;
            var visits = summary.Lines.Single(l => l.Row == 1).Parts;
            row.QuerySelector("[data-figure=visits]")!.TextContent.Should().Contain($"{visits[0].Quantity:#,0} / {visits[1].Quantity:#,0}");

            // The months of the trend add up to the station's hours (every credit is dated by today).
            var months = trend.QuerySelector($"#station-trend tr[data-station='{station}']")!.QuerySelectorAll("td").Skip(1).Sum(td => Number(td.TextContent));
            months.Should().Be(summary.TotalHours, station);
        }

        // A worker has their own pace instead, and no stations' dashboard.
        var worker = await Factory.BrowserAsync("worker01");
        (await worker.GetAsync("/ledger/widgets/stations")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var mine = await worker.GetPageAsync("/ledger/widgets/progress");
        mine.QuerySelector("#my-pace")!.TextContent.Should().Contain("已完成").And.Contain("按进度应完成").And.Contain("年度目标");
    }

    [Fact]
    public async Task The_reports_workbook_downloads_for_all_stations_and_for_a_worker_with_the_rows_shown_and_the_workers_station_named()
    {
        await DemoCreditsArrivedAsync();
        foreach (var (user, query) in new[] { ("bureau", "stationId="), ("lead", "stationId=&from=&to="), ("worker01", "stationId=") })
        {
            var client = await Factory.BrowserAsync(user);
            var page = await client.GetPageAsync("/ledger/progress/report");
            var link = page.QuerySelector("#report-xlsx")!.GetAttribute("href")!;
            link.Should().NotContain("stationId=&", "an empty filter is left out");
            foreach (var url in new[] { link, $"/api/v1/ledger/report.xlsx?{query}" })
            {
                var response = await client.GetAsync(url);
                response.StatusCode.Should().Be(HttpStatusCode.OK, $"{user}: {url}");
                response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                await using var stream = await response.Content.ReadAsStreamAsync();
                var lines = (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();
                var shown = page.QuerySelectorAll("#report tr[data-code]");
                lines.Count(l => l["其中"] is string part && part != "小计").Should().Be(shown.Length, user);
                foreach (var tr in shown)
                {
                    var code = tr.GetAttribute("data-code");
                    var cells = tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
                    var part = cells[^6];
                    var done = Number(tr.QuerySelector("[data-figure=done]")!.TextContent);
                    lines.Should().Contain(l => (string?)l["其中"] == part && Convert.ToDecimal(l["数量（完成）"], CultureInfo.InvariantCulture) == done, $"{user}: {code}");
                }
            }

            var heading = page.QuerySelector("#report-station")!.TextContent;
            if (user == "worker01")
            {
                heading.Should().EndWith("民政服务站").And.NotBe("全部站点");
            }
            else
            {
                heading.Should().Be("全部站点");
            }
        }

        // Empty values elsewhere are no filter either.
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync("/api/v1/ledger/summary?stationId=&workerId=")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.GetAsync("/api/v1/ledger/entries.xlsx?stationId=&workerId=&indicator=OUTREACH")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Split_targets_are_whole_and_add_up_and_hand_set_targets_that_do_not_add_up_are_flagged()
    {
        var lead = await Factory.ApiAsync("lead");
        var project = (await lead.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Single(p => p.IsCurrent);
        var sheets = new List<Sheet>();
        foreach (var station in project.StationIds)
        {
            sheets.Add((await lead.GetFromJsonAsync<Sheet>($"/api/v1/ledger/targets?stationId={station}"))!);
        }

        foreach (var code in sheets[0].Rows.Select(r => r.Code))
        {
            var rows = sheets.Select(s => s.Rows.Single(r => r.Code == code)).ToList();
            rows.Sum(r => r.StationTarget).Should().Be(rows[0].ProjectTarget, code);
            rows.Should().AllSatisfy(r =>
            {
                r.StationTarget.Should().Be(Math.Round(r.StationTarget), code);
                r.Workers.Sum(w => w.Quantity).Should().Be(r.StationTarget, code);
                r.Warning.Should().BeNull(code);
            });
        }

        // Casework: 14 among 7 stations is 2 each; a station's 2 among its workers 1 each — never 0.67 个案.
        var station0 = project.StationIds[0];
        var casework = sheets[0].Rows.Single(r => r.Code == Indicators.Casework);
        casework.Workers.Select(w => w.Quantity).Should().AllSatisfy(q => q.Should().Be(1));

        // A worker set above the station: saved, and flagged on the sheet and the page.
        var worker = casework.Workers[0].WorkerId;
        (await lead.PutAsJsonAsync("/api/v1/ledger/targets", new { stationId = station0, indicatorCode = Indicators.Casework, workerId = worker, quantity = 5 })).EnsureSuccessStatusCode();
        try
        {
            var flagged = (await lead.GetFromJsonAsync<Sheet>($"/api/v1/ledger/targets?stationId={station0}"))!.Rows.Single(r => r.Code == Indicators.Casework);
            flagged.Warning.Should().Contain("本站社工目标合计 5").And.Contain("本站点目标是 2");
            var page = await (await Factory.BrowserAsync("lead")).GetPageAsync($"/ledger/progress/targets?stationId={station0}");
            page.QuerySelector("#target-warnings").Should().NotBeNull();
            page.QuerySelector($"#targets tr[data-code='{Indicators.Casework}'] [data-warning]")!.TextContent.Should().Contain("合计");

            var fraction = await lead.PutAsJsonAsync("/api/v1/ledger/targets", new { stationId = station0, indicatorCode = Indicators.Casework, quantity = 2.5 });
            fraction.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await fraction.Content.ReadAsStringAsync()).Should().Contain("整数");
        }
        finally
        {
            (await lead.PutAsJsonAsync("/api/v1/ledger/targets", new { stationId = station0, indicatorCode = Indicators.Casework, workerId = worker, quantity = (decimal?)null })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task The_pace_is_graded_against_what_is_due_by_the_day_and_is_not_behind_in_the_first_days()
    {
        // A project of its own, years ahead, so that nothing else is credited in it.
        var admin = await Factory.ApiAsync("admin");
        var current = (await admin.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Single(p => p.IsCurrent);
        var start = new DateOnly(current.EndDate.Year + 11, 1, 1);
        var end = new DateOnly(start.Year, 12, 31);
        var created = await admin.PostAsJsonAsync("/api/v1/ledger/projects", new { name = "分级测试项目", startDate = start, endDate = end, stationIds = current.StationIds, annualHoursPerWorker = 1960, minProfessionalPercent = 70 });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var projectId = (await created.Content.ReadFromJsonAsync<Created>())!.Id;

        // The worker owes one archive a day of the year: by day d, d are due.
        var days = end.DayNumber - start.DayNumber + 1;
        var workerClient = await Factory.ApiAsync("worker05");
        var me = await workerClient.MeAsync();
        (await (await Factory.ApiAsync("lead")).PutAsJsonAsync("/api/v1/ledger/targets", new
        {
            stationId = me.StationId, projectId, targets = new object[] { new { indicatorCode = Indicators.Archive, workerId = me.Id, quantity = days }, new { indicatorCode = Indicators.Groupwork, workerId = me.Id, quantity = days } },
        })).EnsureSuccessStatusCode();
        await Factory.SendAsSystemAsync(new RecordServiceHours("test", Guid.NewGuid().ToString("N"), me.StationId!, me.Id, Indicators.Archive, 84, start, ["c1"], "测试建档", null));

        async Task<Line> On(int day, int row) =>
            (await workerClient.GetFromJsonAsync<Summary>($"/api/v1/ledger/summary?workerId={me.Id}&asOf={start.AddDays(day - 1):yyyy-MM-dd}"))!.Lines.Single(l => l.Row == row);

        (await On(80, 3)).Pace.Status.Should().Be("onTrack");
        var slightly = await On(100, 3);
        slightly.Pace.Should().Match<PaceView>(p => p.Status == "slightlyBehind" && p.Label == "略落后" && p.Percent == 84);
        slightly.Pace.Title.Should().Contain("已完成 336 小时").And.Contain("应完成 400 小时").And.Contain("84%");
        (await On(150, 3)).Pace.Label.Should().Be("落后");
        (await On(200, 3)).Pace.Label.Should().Be("严重落后");

        // Nothing done: on the third day of the period it has just begun; on the fortieth it is far behind.
        (await On(3, 5)).Pace.Should().Match<PaceView>(p => p.Status == "justBegun" && p.Label == "本月刚开始" && p.Percent == 0);
        (await On(40, 5)).Pace.Label.Should().Be("严重落后");
    }

    [Fact]
    public async Task A_project_with_an_unreadable_number_is_refused_with_the_fields_message_and_nothing_is_saved()
    {
        var admin = await Factory.BrowserAsync("admin");
        var api = await Factory.ApiAsync("admin");
        var before = (await api.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Count;
        var stations = (await api.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Single(p => p.IsCurrent).StationIds;
        foreach (var (field, value, message) in new[]
        {
            ("Input.AnnualHoursPerWorker", "abc", "每人每年服务时长应在 1 到 5,000 小时之间，“abc”不是数字"),
            ("Input.AnnualHoursPerWorker", "", "每人每年服务时长应在 1 到 5,000 小时之间，请填写"),
            ("Input.MinProfessionalPercent", "七十", "专业服务占比应在 0 到 100 之间，“七十”不是数字"),
        })
        {
            var form = new Dictionary<string, string>
            {
                ["Input.Name"] = "不应保存的项目", ["Input.StartDate"] = "2090-01-01", ["Input.EndDate"] = "2090-12-31",
                ["Input.AnnualHoursPerWorker"] = "1960", ["Input.MinProfessionalPercent"] = "70", ["Input.StationIds"] = stations[0],
            };
            form[field] = value;
            var response = await admin.PostFormAsync("/ledger/progress/projects", form);
            response.StatusCode.Should().Be(HttpStatusCode.OK, $"{field}={value} comes back as the form");
            var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            html.QuerySelector(".validation-summary-errors")!.TextContent.Should().Contain(message);
        }

        (await api.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Should().HaveCount(before, "nothing is saved");
    }
}

public sealed class LedgerFiguresTestsOnSqlite(SqlitePlatform platform) : LedgerFiguresTests<SqlitePlatform>(platform);

public sealed class LedgerFiguresTestsOnPostgres(PostgresPlatform platform) : LedgerFiguresTests<PostgresPlatform>(platform);
