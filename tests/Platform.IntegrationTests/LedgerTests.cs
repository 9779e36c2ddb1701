using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using Platform.Contracts;
using Platform.Contracts.Ledger;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Outbox;

namespace Platform.IntegrationTests;

/// <summary>The hour ledger: crediting through the contract, idempotency, retraction, the catalogue, pro-rating, scoping, the report.</summary>
public abstract class LedgerTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private sealed record RefusedLine(string IndicatorCode, string Reason);

    private sealed record IndicatorLine(string Code, decimal StandardHours, decimal TargetQuantity);

    private sealed record TargetSheet(List<TargetRow> Rows);

    private sealed record TargetRow(string Code, decimal StationTarget, bool StationIsSet, List<TargetCell> Workers);

    private sealed record TargetCell(string WorkerId, decimal Quantity, bool IsSet);

    private sealed record ProjectLine(int Id, string Name, DateOnly StartDate, DateOnly EndDate, List<string> StationIds, decimal MinProfessionalShare, bool IsCurrent);

    private sealed record CreatedProject(int Id);

    private sealed record WorkerLine(string StationId);

    private static Task<StaffMe> Me(HttpClient client) => client.MeAsync();

    private static async Task<LedgerRowView> Row(HttpClient client, string query, string code) => (await client.LedgerSummaryAsync(query)).Row(code);

    private static RecordServiceHours Credit(StaffMe me, string sourceId, string code = Indicators.Outreach, decimal quantity = 1, DateOnly? date = null) =>
        new("test", sourceId, me.StationId!, me.Id, code, quantity, date ?? Today, ["c1"], "测试记入", "/test/" + sourceId);

    [Fact]
    public async Task A_module_credits_through_its_outbox_with_the_catalogues_hours_once()
    {
        var worker = await Factory.ApiAsync("worker05");
        var me = await Me(worker);
        var query = $"workerId={me.Id}";
        var before = await Row(worker, query, Indicators.Community);

        var text = "社区活动-" + Guid.NewGuid().ToString("N")[..8];
        (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text, credit = Indicators.Community })).StatusCode.Should().Be(HttpStatusCode.Created);
        await ModuleData.WaitUntilAsync(
            async () => (await Row(worker, query, Indicators.Community)).Quantity == before.Quantity + 1,
            "the credit");
        var after = await Row(worker, query, Indicators.Community);
        after.StandardHours.Should().Be(before.StandardHours + 40, "a medium community activity is 40 standard hours");

        var entry = (await worker.LedgerEntriesAsync($"{query}&indicator=COMMUNITY")).Single(e => e.Description == text);
        entry.Link.Should().Be("/probe");
        entry.SourceModule.Should().Be("probe");
    }

    [Fact]
    public async Task The_same_source_is_credited_once_even_when_sent_twice_at_once_and_a_retraction_takes_it_back()
    {
        var worker = await Factory.ApiAsync("worker07");
        var me = await Me(worker);
        var query = $"workerId={me.Id}";
        var before = (await Row(worker, query, Indicators.Outreach)).Quantity;
        var source = Guid.NewGuid().ToString("N");

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Factory.SendAsSystemAsync(Credit(me, source))));
        await Factory.SendAsSystemAsync(Credit(me, source));
        (await Row(worker, query, Indicators.Outreach)).Quantity.Should().Be(before + 1);

        await Factory.SendAsSystemAsync(new RetractServiceHours("test", source, "记录有误"));
        await Factory.SendAsSystemAsync(new RetractServiceHours("test", source, "再次撤回"));
        await Factory.SendAsSystemAsync(new RetractServiceHours("test", "never-credited", "无此记录"));
        (await Row(worker, query, Indicators.Outreach)).Quantity.Should().Be(before);
    }

    [Fact]
    public async Task A_retraction_that_overtakes_its_credit_and_a_late_redelivery_after_a_retraction_count_nothing()
    {
        var worker = await Factory.ApiAsync("worker08");
        var me = await Me(worker);
        var query = $"workerId={me.Id}";
        var before = (await Row(worker, query, Indicators.Outreach)).Quantity;

        // The record was withdrawn while its credit's delivery was still being retried.
        var overtaken = Guid.NewGuid().ToString("N");
        await Task.WhenAll(Factory.SendAsSystemAsync(new RetractServiceHours("test", overtaken, "探访已撤回")), Factory.SendAsSystemAsync(new RetractServiceHours("test", overtaken, "探访已撤回")));
        await Factory.SendAsSystemAsync(Credit(me, overtaken));
        await Factory.SendAsSystemAsync(Credit(me, overtaken));
        (await Row(worker, query, Indicators.Outreach)).Quantity.Should().Be(before);

        // Credited, retracted, then the credit delivered once more (at-least-once delivery after a crash).
        var redelivered = Guid.NewGuid().ToString("N");
        await Factory.SendAsSystemAsync(Credit(me, redelivered));
        await Factory.SendAsSystemAsync(new RetractServiceHours("test", redelivered, "探访已撤回"));
        await Factory.SendAsSystemAsync(Credit(me, redelivered));
        (await Row(worker, query, Indicators.Outreach)).Quantity.Should().Be(before);
    }

    [Fact]
    public async Task Unknown_indicators_and_dates_outside_the_project_are_refused_with_a_reason_and_set_aside_from_the_outbox()
    {
        var worker = await Factory.ApiAsync("worker09");
        var me = await Me(worker);
        var unknown = () => Factory.SendAsSystemAsync(Credit(me, Guid.NewGuid().ToString("N"), code: "NO_SUCH"));
        (await unknown.Should().ThrowAsync<BusinessRuleException>()).WithMessage("*NO_SUCH*");
        var outside = () => Factory.SendAsSystemAsync(Credit(me, Guid.NewGuid().ToString("N"), date: new DateOnly(Today.Year - 3, 6, 1)));
        (await outside.Should().ThrowAsync<BusinessRuleException>()).WithMessage("*不在该站点任何服务项目的期限内*");

        // Through the outbox, the refusal is final: the message is set aside with the reason and later ones go on.
        var text = "invalid-" + Guid.NewGuid().ToString("N")[..8];
        (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text, credit = "NO_SUCH" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("probe")).Any(m => m.Payload.Contains(text) && m.Type.Contains(nameof(RecordServiceHours)) && m.ProcessedAt != null), "the refusal");
        (await Factory.OutboxAsync("probe")).Single(m => m.Payload.Contains(text) && m.Type.Contains(nameof(RecordServiceHours))).LastError
            .Should().StartWith(OutboxDispatcher.Refused).And.Contain("NO_SUCH");

        // The lead sees what was refused, and why; a worker does not.
        var refused = await (await Factory.ApiAsync("lead")).GetFromJsonAsync<List<RefusedLine>>("/api/v1/ledger/refused");
        refused!.Should().Contain(r => r.IndicatorCode == "NO_SUCH" && r.Reason.Contains("NO_SUCH"));
        (await worker.GetAsync("/api/v1/ledger/refused")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_catalogue_change_leaves_entries_already_credited_as_they_were()
    {
        var worker = await Factory.ApiAsync("worker11");
        var me = await Me(worker);
        var admin = await Factory.ApiAsync("admin");
        var first = Guid.NewGuid().ToString("N");
        var second = Guid.NewGuid().ToString("N");
        await Factory.SendAsSystemAsync(Credit(me, first, Indicators.Casework));

        (await worker.PutAsJsonAsync("/api/v1/ledger/indicators/CASEWORK", new { name = "个案工作", standardHours = 60, targetQuantity = 14, isProfessional = true }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the administrator edits the catalogue");
        (await admin.PutAsJsonAsync("/api/v1/ledger/indicators/CASEWORK", new { name = "个案工作", standardHours = 60, targetQuantity = 14, isProfessional = true }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        try
        {
            await Factory.SendAsSystemAsync(Credit(me, second, Indicators.Casework));
            var entries = await worker.LedgerEntriesAsync($"workerId={me.Id}&indicator=CASEWORK");
            entries.Single(e => e.SourceId == first).Hours.Should().Be(50);
            entries.Single(e => e.SourceId == second).Hours.Should().Be(60);
        }
        finally
        {
            (await admin.PutAsJsonAsync("/api/v1/ledger/indicators/CASEWORK", new { name = "个案工作", standardHours = 50, targetQuantity = 14, isProfessional = true })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task The_monthly_totals_agree_with_the_entries_after_credits_and_retractions()
    {
        var worker = await Factory.ApiAsync("worker03");
        var me = await Me(worker);
        var source = Guid.NewGuid().ToString("N");
        await Factory.SendAsSystemAsync(Credit(me, source, Indicators.Outreach, 3));
        await Factory.SendAsSystemAsync(Credit(me, Guid.NewGuid().ToString("N"), Indicators.ChildCare, 1));
        await Factory.SendAsSystemAsync(new RetractServiceHours("test", source, "录错了"));
        await Factory.SendAsSystemAsync(Credit(me, source, Indicators.Outreach, 2));
        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("registry")).All(m => m.ProcessedAt != null), "the registry's credits", seconds: 60);

        var bureau = await Factory.ApiAsync("bureau");
        var whole = (await bureau.GetFromJsonAsync<LedgerSummaryView>("/api/v1/ledger/summary"))!;
        var from = whole.From;
        var to = whole.To;
        foreach (var scope in new[] { "", $"workerId={me.Id}&" })
        {
            // Whole months read the totals; a range that starts a day early reads the entries.
            var totals = await bureau.LedgerSummaryAsync(scope);
            var entries = await bureau.LedgerSummaryAsync($"{scope}from={from.AddDays(-1):yyyy-MM-dd}&to={to:yyyy-MM-dd}");
            string Numbers(LedgerSummaryView s) => string.Join(";", s.Rows.Select(r => $"{r.Code}={r.Quantity}/{r.StandardHours}"))
                + $"|{s.ProfessionalHours}|{s.TotalHours}";
            Numbers(totals).Should().Be(Numbers(entries), scope);
        }
    }

    [Fact]
    public async Task The_administrator_edits_the_catalogue_on_its_page_the_lead_reads_it_and_a_worker_may_not_open_it()
    {
        var admin = await Factory.BrowserAsync("admin");
        var saved = await admin.PostFormAsync("/ledger/progress/catalogue", new()
        {
            ["Code"] = "COMMUNITY_LECTURE", ["Name"] = "讲座、培训", ["StandardHours"] = "25", ["TargetQuantity"] = "3", ["IsProfessional"] = "true",
        });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        try
        {
            var lecture = (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<IndicatorLine>>("/api/v1/ledger/indicators"))!.Single(i => i.Code == "COMMUNITY_LECTURE");
            lecture.StandardHours.Should().Be(25);
            lecture.TargetQuantity.Should().Be(3);

            var refused = await admin.PostFormAsync("/ledger/progress/catalogue", new()
            {
                ["Code"] = "COMMUNITY_LECTURE", ["Name"] = "讲座、培训", ["StandardHours"] = "-1", ["TargetQuantity"] = "3", ["IsProfessional"] = "true",
            });
            refused.StatusCode.Should().Be(HttpStatusCode.OK, "a bad value comes back as the page with its message");
            (await refused.Content.ReadAsStringAsync()).Should().Contain("标准时长应在 0 到 1000 小时之间");
        }
        finally
        {
            (await (await Factory.ApiAsync("admin")).PutAsJsonAsync("/api/v1/ledger/indicators/COMMUNITY_LECTURE", new { name = "讲座、培训", standardHours = 20, targetQuantity = 0, isProfessional = true })).EnsureSuccessStatusCode();
        }

        var lead = await (await Factory.BrowserAsync("lead")).GetPageAsync("/ledger/progress/catalogue");
        lead.QuerySelector("#catalogue")!.TextContent.Should().Contain("入户探访/入户评估");
        lead.QuerySelector("#catalogue form").Should().BeNull("the lead reads the catalogue but does not edit it");
        lead.QuerySelector("#refused").Should().NotBeNull();
        (await (await Factory.BrowserAsync("worker01")).GetAsync("/ledger/progress/catalogue")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a worker is sent to the access-denied page");
    }

    [Fact]
    public async Task Targets_are_pro_rated_over_the_period_at_its_start_middle_and_end()
    {
        var bureau = await Factory.ApiAsync("bureau");
        var project = (await bureau.GetFromJsonAsync<LedgerSummaryView>("/api/v1/ledger/summary"))!;
        var from = project.From;
        var to = project.To;
        var days = to.DayNumber - from.DayNumber + 1;
        var middle = from.AddDays((days / 2) - 1);

        async Task<decimal> ExpectedOn(DateOnly day) => (await Row(bureau, $"asOf={day:yyyy-MM-dd}", Indicators.Archive)).ExpectedQuantity;
        (await ExpectedOn(from)).Should().Be(Math.Round(1900m / days));
        (await ExpectedOn(middle)).Should().Be(Math.Round(1900m * (days / 2) / days));
        (await ExpectedOn(to)).Should().Be(1900);
        (await ExpectedOn(from.AddDays(-1))).Should().Be(0);

        // A station's target is a whole share of the project's (1,900 among 7: 272 or 271); a worker's of the station's.
        var worker = await Factory.ApiAsync("worker01");
        var me = await Me(worker);
        var stationTarget = (await Row(worker, $"stationId={me.StationId}", Indicators.Archive)).TargetQuantity;
        stationTarget.Should().BeOneOf(271, 272);
        (await Row(worker, $"workerId={me.Id}", Indicators.Archive)).TargetQuantity.Should().BeOneOf(Math.Floor(stationTarget / 2), Math.Ceiling(stationTarget / 2));
    }

    [Fact]
    public async Task The_lead_sets_a_station_or_worker_target_by_hand_and_a_worker_cannot()
    {
        var lead = await Factory.ApiAsync("lead");
        var worker = await Factory.ApiAsync("worker02");
        var me = await Me(worker);
        var station = me.StationId;
        var body = new { indicatorCode = Indicators.Casework, stationId = station, quantity = 3 };
        (await worker.PutAsJsonAsync("/api/v1/ledger/targets", body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await lead.PutAsJsonAsync("/api/v1/ledger/targets", body)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await lead.PutAsJsonAsync("/api/v1/ledger/targets", new { indicatorCode = Indicators.Casework, stationId = station, workerId = me.Id, quantity = 2 }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Row(worker, $"stationId={station}", Indicators.Casework)).TargetQuantity.Should().Be(3);
        (await Row(worker, $"workerId={me.Id}", Indicators.Casework)).TargetQuantity.Should().Be(2);
        (await lead.PutAsJsonAsync("/api/v1/ledger/targets", new { indicatorCode = "NO_SUCH", stationId = station, quantity = 1 })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        // Back to the even split.
        (await lead.PutAsJsonAsync("/api/v1/ledger/targets", new { indicatorCode = Indicators.Casework, stationId = station, quantity = (decimal?)null })).EnsureSuccessStatusCode();
        (await Row(worker, $"stationId={station}", Indicators.Casework)).TargetQuantity.Should().Be(2);
    }

    [Fact]
    public async Task A_stations_target_sheet_is_saved_whole_or_not_at_all_and_shows_what_was_set_by_hand()
    {
        var lead = await Factory.ApiAsync("lead");
        var worker = await Factory.ApiAsync("worker03");
        var me = await Me(worker);
        var station = me.StationId;
        var workerId = me.Id;

        var refused = await lead.PutAsJsonAsync("/api/v1/ledger/targets", new
        {
            stationId = station,
            targets = new object[] { new { indicatorCode = Indicators.Groupwork, quantity = 4 }, new { indicatorCode = Indicators.Groupwork, workerId, quantity = -1 } },
        });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("目标数量应在 0 到 1,000,000 之间");
        async Task<TargetRow> Sheet() => (await lead.GetFromJsonAsync<TargetSheet>($"/api/v1/ledger/targets?stationId={station}"))!.Rows
            .Single(r => r.Code == Indicators.Groupwork);
        (await Sheet()).StationIsSet.Should().BeFalse("nothing of a refused sheet is written");

        // On the page: the station's box and one worker's, the rest left to the even split.
        var page = await Factory.BrowserAsync("lead");
        var saved = await page.PostFormAsync($"/ledger/progress/targets?stationId={station}", new()
        {
            ["stationId"] = station!, [$"t:{Indicators.Groupwork}:"] = "4", [$"t:{Indicators.Groupwork}:{workerId}"] = "3",
        });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        try
        {
            var row = await Sheet();
            row.StationTarget.Should().Be(4);
            row.StationIsSet.Should().BeTrue();
            var cells = row.Workers;
            cells.Single(c => c.WorkerId == workerId).Quantity.Should().Be(3);
            cells.Where(c => c.WorkerId != workerId).Should().AllSatisfy(c => c.IsSet.Should().BeFalse());
            (await Row(worker, $"workerId={workerId}", Indicators.Groupwork)).TargetQuantity.Should().Be(3);

            var text = await page.PostFormAsync($"/ledger/progress/targets?stationId={station}", new() { ["stationId"] = station!, [$"t:{Indicators.Groupwork}:"] = "四个" });
            text.StatusCode.Should().Be(HttpStatusCode.OK);
            (await text.Content.ReadAsStringAsync()).Should().Contain("不是数字");
            (await Sheet()).StationTarget.Should().Be(4);

            (await (await Factory.BrowserAsync("worker03")).GetAsync("/ledger/progress/targets")).StatusCode.Should().Be(HttpStatusCode.Redirect, "a worker does not open the targets page");
            (await worker.PutAsJsonAsync("/api/v1/ledger/targets", new { stationId = station, targets = new object[] { new { indicatorCode = Indicators.Groupwork, quantity = 9 } } }))
                .StatusCode.Should().Be(HttpStatusCode.Forbidden);
            var other = (await (await Factory.ApiAsync("worker01")).MeAsync()).StationId;
            (await worker.GetAsync($"/api/v1/ledger/targets?stationId={other}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        }
        finally
        {
            (await lead.PutAsJsonAsync("/api/v1/ledger/targets", new
            {
                stationId = station,
                targets = new object?[] { new { indicatorCode = Indicators.Groupwork, quantity = (decimal?)null }, new { indicatorCode = Indicators.Groupwork, workerId, quantity = (decimal?)null } },
            })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task The_administrator_creates_a_later_project_from_the_last_catalogue_and_overlapping_or_shrinking_periods_are_refused()
    {
        var admin = await Factory.ApiAsync("admin");
        var projects = await admin.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects");
        var current = projects!.Single(p => p.IsCurrent);
        var stations = current.StationIds.ToArray();
        var start = current.StartDate;
        var end = current.EndDate;

        // Far ahead, so that no other test's day falls in it.
        var later = new { name = "远期测试项目", startDate = end.AddYears(20).AddDays(1), endDate = end.AddYears(21), stationIds = stations.Take(2), annualHoursPerWorker = 1800, minProfessionalPercent = 75 };
        (await (await Factory.ApiAsync("lead")).PostAsJsonAsync("/api/v1/ledger/projects", later)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var created = await admin.PostAsJsonAsync("/api/v1/ledger/projects", later);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<CreatedProject>())!.Id;

        var copied = await admin.GetFromJsonAsync<List<IndicatorLine>>($"/api/v1/ledger/indicators?projectId={id}");
        var catalogue = await admin.GetFromJsonAsync<List<IndicatorLine>>("/api/v1/ledger/indicators");
        copied!.Select(i => (i.Code, i.StandardHours)).Should().Equal(catalogue!.Select(i => (i.Code, i.StandardHours)));
        var saved = (await admin.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Single(p => p.Id == id);
        saved.MinProfessionalShare.Should().Be(0.75m);
        saved.IsCurrent.Should().BeFalse();

        async Task Refused(HttpResponseMessage response, string message)
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Contain(message);
        }

        var count = projects!.Count + 1;
        await Refused(await admin.PostAsJsonAsync("/api/v1/ledger/projects", later with { name = "重叠项目" }), "重叠");
        await Refused(await admin.PostAsJsonAsync("/api/v1/ledger/projects", later with { startDate = end.AddYears(30), endDate = end.AddYears(29) }), "结束日期不能早于开始日期");
        await Refused(await admin.PostAsJsonAsync("/api/v1/ledger/projects", later with { startDate = end.AddYears(30), endDate = end.AddYears(31), stationIds = Array.Empty<string>().Take(0) }), "请至少选择一个站点");
        await Refused(await admin.PostAsJsonAsync("/api/v1/ledger/projects", later with { startDate = end.AddYears(30), endDate = end.AddYears(31), stationIds = new[] { "no-such-station" }.Take(1) }), "no-such-station");
        await Refused(await admin.PostAsJsonAsync("/api/v1/ledger/projects", later with { name = "" , startDate = end.AddYears(30), endDate = end.AddYears(31) }), "请填写项目名称");
        (await admin.GetFromJsonAsync<List<ProjectLine>>("/api/v1/ledger/projects"))!.Should().HaveCount(count, "a refused project is not written");

        // The current project holds the demo's credits: its period cannot shrink past them, nor lose a station with hours.
        var shrunk = new { name = current.Name, startDate = start, endDate = start, stationIds = stations, annualHoursPerWorker = 1960, minProfessionalPercent = 70 };
        await Refused(await admin.PutAsJsonAsync($"/api/v1/ledger/projects/{current.Id}", shrunk), "新期限之外");
        await Refused(await admin.PutAsJsonAsync($"/api/v1/ledger/projects/{current.Id}", shrunk with { endDate = end, stationIds = stations.Skip(1).ToArray() }), "已有记入的时长");
        (await admin.PutAsJsonAsync($"/api/v1/ledger/projects/{id}", later with { name = "远期测试项目（改）" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        // The page: the lead reads the list; the administrator has the form, filled in for the year after the latest.
        var leadPage = await (await Factory.BrowserAsync("lead")).GetPageAsync("/ledger/progress/projects");
        leadPage.QuerySelector("#projects")!.TextContent.Should().Contain("远期测试项目（改）");
        leadPage.QuerySelector("#project-form").Should().BeNull();
        var adminPage = await (await Factory.BrowserAsync("admin")).GetPageAsync("/ledger/progress/projects");
        ((AngleSharp.Html.Dom.IHtmlInputElement)adminPage.QuerySelector("#Input_StartDate")!).Value.Should().Be(end.AddYears(21).AddDays(1).ToString("yyyy-MM-dd"));
    }

    [Fact]
    public async Task Hours_logged_by_hand_count_as_service_but_not_as_professional()
    {
        var worker = await Factory.ApiAsync("worker13");
        var me = await Me(worker);
        var query = $"workerId={me.Id}";
        await Factory.OutboxesDeliveredAsync(); // credits still on their way to this worker land before the count
        var before = await worker.LedgerSummaryAsync(query);

        (await worker.PostAsJsonAsync("/api/v1/ledger/hours", new { date = Today, hours = 3.5, description = "协助镇民政办低保年审入户核查" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await Factory.SendAsSystemAsync(Credit(me, Guid.NewGuid().ToString("N"), Indicators.Outreach, 2));
        var after = await worker.LedgerSummaryAsync(query);
        after.TotalHours.Should().Be(before.TotalHours + 3.5m + 4);
        after.ProfessionalHours.Should().Be(before.ProfessionalHours + 4);
        var share = after.ProfessionalHours / after.TotalHours;
        after.ProfessionalShare.Should().Be(Math.Round(share, 4));

        foreach (var (body, field) in new (object, string)[]
        {
            (new { date = Today.AddDays(1), hours = 2, description = "明天的事" }, "date"),
            (new { date = Today, hours = 30, description = "太长" }, "hours"),
            (new { date = Today, hours = 2, description = "" }, "description"),
            (new { date = Today, hours = 2, description = "个案", indicatorCode = "CASEWORK" }, "indicatorCode"),
        })
        {
            var refused = await worker.PostAsJsonAsync("/api/v1/ledger/hours", body);
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, field);
            (await refused.ErrorFieldsAsync()).Should().Contain(n => n.Equals(field, StringComparison.OrdinalIgnoreCase));
        }

        (await worker.LedgerSummaryAsync(query)).TotalHours.Should().Be(after.TotalHours, "refused input changes nothing");
    }

    [Fact]
    public async Task A_worker_sees_their_own_and_their_stations_progress_only_and_the_bureau_reads_all_but_logs_nothing()
    {
        var worker = await Factory.ApiAsync("worker01");
        var other = await Me(await Factory.ApiAsync("worker03"));
        (await worker.GetAsync($"/api/v1/ledger/summary?stationId={other.StationId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker.GetAsync($"/api/v1/ledger/summary?workerId={other.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker.GetAsync($"/api/v1/ledger/entries?workerId={other.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker.GetAsync($"/api/v1/ledger/report.xlsx?stationId={other.StationId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var own = (await worker.GetFromJsonAsync<LedgerSummaryView>("/api/v1/ledger/summary"))!;
        own.StationId.Should().Be((await Me(worker)).StationId, "with no parameters a worker gets their station");
        (await worker.GetFromJsonAsync<List<WorkerLine>>("/api/v1/ledger/workers"))!.Select(w => w.StationId).Distinct()
            .Should().Equal(own.StationId);

        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/ledger/summary?stationId={other.StationId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.GetFromJsonAsync<List<WorkerLine>>("/api/v1/ledger/workers"))!.Count.Should().Be(14);
        (await bureau.PostAsJsonAsync("/api/v1/ledger/hours", new { date = Today, hours = 1, description = "不应写入" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PutAsJsonAsync("/api/v1/ledger/indicators/ARCHIVE", new { name = "建档", standardHours = 5, targetQuantity = 1900 })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_xlsx_report_holds_the_numbers_of_the_summary_in_the_tender_layout()
    {
        // The demo's completed archives (about 200) reach the ledger through the registry's outbox after start-up,
        // while other test classes load the machine: let them all arrive first.
        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("registry")).All(m => m.ProcessedAt != null), "the registry's credits", seconds: 60);
        var bureau = await Factory.ApiAsync("bureau");
        var summary = (await bureau.GetFromJsonAsync<LedgerSummaryView>("/api/v1/ledger/summary"))!;
        var response = await bureau.GetAsync("/api/v1/ledger/report.xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = (await stream.QueryAsync(useHeaderRow: true)).Cast<IDictionary<string, object?>>().ToList();

        decimal Done(string code) => summary.Rows.Single(r => r.Code == code).Quantity;
        decimal Hours(params string[] codes) => summary.Rows.Where(r => codes.Contains(r.Code)).Sum(r => r.StandardHours);

        // Row 1 holds home and phone visits, each with its own count and hours, and a subtotal of the hours.
        var visits = rows.Where(r => r["序号"] is not null && Convert.ToInt32(r["序号"]) == 1).ToList();
        visits.Select(r => (string?)r["其中"]).Should().Equal("入户探访/入户评估", "电话探访", "小计");
        Convert.ToDecimal(visits[0]["数量（完成）"]).Should().Be(Done(Indicators.Outreach));
        Convert.ToDecimal(visits[0]["数量（目标）"]).Should().Be(1900);
        Convert.ToDecimal(visits[0]["标准时长（小时/单位）"]).Should().Be(2);
        Convert.ToDecimal(visits[1]["数量（完成）"]).Should().Be(Done(Indicators.OutreachPhone));
        Convert.ToDecimal(visits[1]["标准时长（小时/单位）"]).Should().Be(1);
        Convert.ToDecimal(visits[2]["专业服务时长（目标）"]).Should().Be(3800);
        Convert.ToDecimal(visits[2]["专业服务时长（完成）"]).Should().Be(Hours(Indicators.Outreach, Indicators.OutreachPhone));
        rows.Where(r => r["序号"] is not null).Select(r => Convert.ToInt32(r["序号"])).Distinct().Should().Equal(1, 2, 3, 4, 5, 6, 7, 8, 9);
        var total = rows.Single(r => (string?)r["服务内容"] == "总计");
        Convert.ToDecimal(total["专业服务时长（目标）"]).Should().Be(3800 + 960 + 7600 + 700 + 840 + 2800 + 336 + 840 + 2800);
        Convert.ToDecimal(total["专业服务时长（完成）"]).Should().Be(summary.ProfessionalHours);

        // The printable page: a row's done quantity opens the entries behind it, home and phone visits together.
        var browser = await Factory.BrowserAsync("bureau");
        var page = await browser.GetPageAsync("/ledger/progress/report");
        var link = page.QuerySelector("#report tbody tr a")!.GetAttribute("href")!;
        link.Should().Contain("indicator=OUTREACH,OUTREACH_PHONE");
        var entries = await browser.GetPageAsync(link);
        var listed = entries.QuerySelectorAll("#entries li").Select(li => li.TextContent).ToList();
        listed.Should().NotBeEmpty().And.AllSatisfy(text => text.Should().MatchRegex("（(入户探访/入户评估|电话探访) ×"));
        async Task<int> Total(string indicator) => (await bureau.GetFromJsonAsync<ListPage<LedgerEntryView>>($"/api/v1/ledger/entries?indicator={indicator}&pageSize=1"))!.Total;
        (await Total("OUTREACH,OUTREACH_PHONE")).Should().Be(await Total("OUTREACH") + await Total("OUTREACH_PHONE"));
    }
}

public sealed class LedgerTestsOnSqlite(SqlitePlatform platform) : LedgerTests<SqlitePlatform>(platform);

public sealed class LedgerTestsOnPostgres(PostgresPlatform platform) : LedgerTests<PostgresPlatform>(platform);
