using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MiniExcelLibs;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>The social-assistance plugin: programme periods, reviews credited as home visits, the economic reference, station denial, the bureau, bad input.</summary>
public abstract class SocialAssistanceTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    internal sealed record Household(string ClientId, List<ProgrammeLine> Programmes, List<ReviewLine> Reviews);

    internal sealed record ProgrammeLine(string Id, string Kind, string Title, int EveryMonths, DateOnly? LastReview, DateOnly? NextDue, DateOnly? EndOn, string ReviewBasis);

    internal sealed record ReviewLine(string Id, string Conclusion, bool IsWithdrawn, Assessment Assessment);

    internal sealed record Assessment(int Members, decimal PerCapita, decimal? RigidRatioPercent, List<string> References, string Caveat);

    internal sealed record DueLine(string ProgrammeId, string ClientId, DateOnly NextDue, string Programme);

    internal static async Task<List<DueLine>> DueAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<DueLine>>("/api/v1/social-assistance/reviews/due"))!;

    internal static async Task<string> RegisterAsync(HttpClient worker, string name, string category = "DIBAO")
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(1968, 3, 14), male: true), sex = "male", address = "塘南镇东村 3 号", categories = new[] { category } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    internal static object Dibao(DateOnly start, string cls = "c", bool incomeVaries = false) =>
        new { kind = "dibao", area = "rural", coverage = "wholeHousehold", @class = cls, incomeVaries, startOn = start, approvalDocument = "民救审〔2026〕12号", approvalOffice = "区民政局" };

    internal static async Task<string> StartAsync(HttpClient worker, string clientId, object programme)
    {
        var response = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{clientId}/programmes", programme);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    internal static object Review(string programmeId, DateTimeOffset at, string conclusion = "maintain", decimal wages = 500, decimal medical = 0) => new
    {
        programmeId, visitedAt = at, findings = "入户核查，家庭人员无变化。", conclusion, medicalExpense = medical,
        members = new object[] { new { name = "户主", relation = "户主", wages, transfer = 100 }, new { name = "妻子", relation = "配偶" } },
    };

    internal static async Task<Household> HouseholdAsync(HttpClient client, string clientId) =>
        (await client.GetFromJsonAsync<Household>($"/api/v1/social-assistance/households/{clientId}"))!;

    private static async Task<decimal> OutreachHours(HttpClient worker)
    {
        var me = (await worker.MeAsync()).Id;
        return (await worker.LedgerSummaryAsync($"workerId={me}")).Rows.Where(r => r.Code == "OUTREACH").Select(r => r.StandardHours).SingleOrDefault();
    }

    [Fact]
    public async Task A_review_is_a_home_visit_credited_two_hours_once_on_the_timeline_owing_the_next_from_its_day_and_withdrawing_takes_it_back()
    {
        var worker = await Factory.ApiAsync("worker03");
        var head = await RegisterAsync(worker, "复核计时户主");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var programme = await StartAsync(worker, head, Dibao(today.AddMonths(-7)));
        var before = (await HouseholdAsync(worker, head)).Programmes.Single();
        before.EveryMonths.Should().Be(6, "C 类 is reviewed every six months");
        before.NextDue.Should().Be(today.AddMonths(-7).AddMonths(6));
        (await DueAsync(worker)).Should().Contain(l => l.ProgrammeId == programme && l.NextDue == before.NextDue, "a month overdue");

        // The class's earlier tests credit worker03 too, through the outbox: their credits land before the count is taken.
        await Factory.OutboxesDeliveredAsync();
        var hours = await OutreachHours(worker);

        var response = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", Review(programme, DateTimeOffset.UtcNow.AddMinutes(-30)));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var review = await response.CreatedIdAsync();
        await ModuleData.WaitUntilAsync(async () => await OutreachHours(worker) == hours + 2, "the review's two hours");
        await Factory.OutboxesDeliveredAsync();
        (await OutreachHours(worker)).Should().Be(hours + 2, "credited once");
        (await worker.TimelineAsync(head)).Items.Should().Contain(e => e.Module == "social-assistance" && e.Title == "低保入户复核" && e.Summary == "复核意见：维持");
        var after = (await HouseholdAsync(worker, head)).Programmes.Single();
        after.LastReview.Should().Be(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddMinutes(-30)));
        after.NextDue.Should().Be(after.LastReview!.Value.AddMonths(6));

        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/reviews/{review}/withdraw", new { reason = "重复登记" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => await OutreachHours(worker) == hours, "the credit taken back");
        var withdrawn = await HouseholdAsync(worker, head);
        withdrawn.Programmes.Single().NextDue.Should().Be(before.NextDue, "owed again from the start");
        withdrawn.Reviews.Single().IsWithdrawn.Should().BeTrue();
    }

    [Fact]
    public async Task The_assessment_shows_a_reference_against_the_local_standard_and_never_a_decision()
    {
        var worker = await Factory.ApiAsync("worker03");
        var head = await RegisterAsync(worker, "参考测试户主");
        var programme = await StartAsync(worker, head, Dibao(DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2), cls: "a"));
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", Review(programme, DateTimeOffset.UtcNow.AddMinutes(-20), wages: 500, medical: 9000))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", Review(programme, DateTimeOffset.UtcNow.AddMinutes(-10), conclusion: "suggestStop", wages: 2500))).StatusCode.Should().Be(HttpStatusCode.Created);
        var reviews = (await HouseholdAsync(worker, head)).Reviews;

        // (500 + 100) / 2 = 300 a head against the rural 760; 9,000 of rigid spending on 7,200 a year of income.
        var low = reviews.Single(r => r.Conclusion == "maintain").Assessment;
        low.PerCapita.Should().Be(300);
        low.References.Should().Contain("参考：人均收入 300 元/月，低于农村低保标准 760 元");
        low.References.Should().Contain(r => r.StartsWith("参考：近 12 个月刚性支出 9000 元，占家庭收入 125%") && r.EndsWith("超过 70%"));
        var high = reviews.Single(r => r.Conclusion == "suggestStop").Assessment;
        high.PerCapita.Should().Be(1300);
        high.References.Should().ContainSingle().Which.Should().Be("参考：人均收入 1300 元/月，不低于低保边缘标准 1140 元");
        high.Caveat.Should().Contain("由民政部门审核确认");
        (await HouseholdAsync(worker, head)).Programmes.Single().EndOn.Should().BeNull("a suggestion to stop decides nothing");
    }

    internal sealed record VisitDue(string ProgrammeId, string ClientId, DateOnly NextDue, DateOnly? LastVisit);

    [Fact]
    public async Task A_dispersed_tekun_visit_is_a_home_visit_credited_once_owing_the_next_a_month_on_and_another_station_and_the_bureau_cannot_record_one()
    {
        var worker = await Factory.ApiAsync("worker03");
        var person = await RegisterAsync(worker, "月度探视对象", "TEKUN_FS");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var start = today.AddMonths(-2);
        await StartAsync(worker, person, new { kind = "tekun", area = "rural", care = "dispersed", selfCare = "lost", startOn = start, approvalDocument = "特供审〔2026〕5号", approvalOffice = "区民政局" });
        var due = (await worker.GetFromJsonAsync<List<VisitDue>>("/api/v1/social-assistance/visits/due"))!;
        due.Should().Contain(l => l.ClientId == person && l.NextDue == start.AddMonths(1), "a month after the start, overdue");
        var colleague = await Factory.ApiAsync("worker04");
        await Factory.OutboxesDeliveredAsync(); // the class's earlier credits to this worker land before the count
        var hours = await OutreachHours(colleague);

        var url = $"/api/v1/social-assistance/households/{person}/visits";
        var body = new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), findings = "入户探视：照料人每日送餐，居室整洁。" };
        (await (await Factory.ApiAsync("worker01")).PostAsJsonAsync(url, body)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.PostAsJsonAsync(url, body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.GetAsync("/api/v1/social-assistance/visits/due")).StatusCode.Should().Be(HttpStatusCode.OK);
        var refused = await worker.PostAsJsonAsync(url, new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), findings = "" });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("请写明探视看到的生活和照料情况");
        (await HouseholdAsync(worker, person)).Programmes.Single().Should().Match<ProgrammeLine>(p => p.LastReview == null);

        (await colleague.PostAsJsonAsync(url, body)).StatusCode.Should().Be(HttpStatusCode.Created);
        await ModuleData.WaitUntilAsync(async () => await OutreachHours(colleague) == hours + 2, "the visit's two hours");
        await Factory.OutboxesDeliveredAsync();
        (await OutreachHours(colleague)).Should().Be(hours + 2, "credited once");
        (await worker.GetFromJsonAsync<List<VisitDue>>("/api/v1/social-assistance/visits/due"))!.Should().NotContain(l => l.ClientId == person);
        (await worker.TimelineAsync(person)).Items.Should().Contain(e => e.Module == "social-assistance" && e.Title == "分散供养特困人员探视");

        var dibao = await RegisterAsync(worker, "非分散供养户主");
        await StartAsync(worker, dibao, Dibao(start));
        var notOwed = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{dibao}/visits", body);
        notOwed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await notOwed.Content.ReadAsStringAsync()).Should().Contain("不需要按月探视");
    }

    [Fact]
    public async Task Another_stations_household_answers_404_the_bureau_reads_but_records_nothing_and_only_assisted_categories_have_a_record()
    {
        var worker = await Factory.ApiAsync("worker05");
        var head = await RegisterAsync(worker, "他站测试户主", "TEKUN_FS");
        var programme = await StartAsync(worker, head, new { kind = "tekun", area = "rural", care = "dispersed", selfCare = "partlyLost", startOn = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1), approvalDocument = "特供审〔2026〕3号", approvalOffice = "区民政局" });
        var other = await Factory.ApiAsync("worker01");
        (await other.GetAsync($"/api/v1/social-assistance/households/{head}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", Review(programme, DateTimeOffset.UtcNow.AddMinutes(-5)))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/social-assistance/programmes/{programme}/end", new { endOn = DateOnly.FromDateTime(DateTime.UtcNow), reason = "他站试图终止" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DueAsync(other)).Should().NotContain(l => l.ProgrammeId == programme);

        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/social-assistance/households/{head}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", Review(programme, DateTimeOffset.UtcNow.AddMinutes(-5)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/programmes", Dibao(DateOnly.FromDateTime(DateTime.UtcNow)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync($"/api/v1/social-assistance/programmes/{programme}/end", new { endOn = DateOnly.FromDateTime(DateTime.UtcNow), reason = "局方试图终止" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await HouseholdAsync(worker, head)).Programmes.Single().EndOn.Should().BeNull();

        var elder = await RegisterAsync(worker, "非救助对象", "ELDER_SPECIAL");
        var refused = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{elder}/programmes", Dibao(DateOnly.FromDateTime(DateTime.UtcNow)));
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("不能建立社会救助档案");
        (await worker.GetAsync($"/api/v1/social-assistance/households/{elder}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "nothing was opened");
    }

    internal sealed record AlertRow(int Row, string Outcome, string? Name, string Message);

    internal sealed record AlertReport(string ImportId, int Matched, int Repeated, int Unmatched, int Rejected, List<AlertRow> Rows);

    internal sealed record TaskLine(string Id, string ClientId, string StationId, string WorkerId, string Name, string AlertType, DateOnly DueOn, bool IsOverdue, string? Result, string? ResultName, string? ResultText);

    internal sealed record TaskPage(Paged<TaskLine> Rows);

    internal sealed record Paged<T>(List<T> Items, int Total, int Page, int PageSize);

    internal sealed record Unmatched(string ImportId, int Row, string IdNumber, string? Name, string AlertType);

    internal static Dictionary<string, object?> Alert(string? name, string? idNumber, string? type, string? detail = "社保缴费中断", object? on = null) => new()
    {
        ["姓名"] = name, ["身份证号"] = idNumber, ["预警类型"] = type, ["预警日期"] = on ?? DateTime.UtcNow.AddHours(8).AddDays(-2).ToString("yyyy-MM-dd"), ["预警内容"] = detail,
    };

    internal static MultipartFormDataContent AlertSheet(IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "预警名单.xlsx" } };
    }

    internal static async Task<AlertReport> ImportAlertsAsync(HttpClient lead, IEnumerable<Dictionary<string, object?>> rows)
    {
        var response = await lead.PostAsync("/api/v1/social-assistance/alerts/import", AlertSheet(rows));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AlertReport>())!;
    }

    internal static async Task<List<TaskLine>> TasksAsync(HttpClient client, bool closed = false) =>
        (await client.GetFromJsonAsync<TaskPage>($"/api/v1/social-assistance/alerts?closed={closed}&pageSize=100"))!.Rows.Items;

    [Fact]
    public async Task An_alert_import_turns_matched_rows_into_station_tasks_reports_repeated_keeps_unmatched_and_a_closed_verification_credits_one_home_visit()
    {
        var worker = await Factory.ApiAsync("worker03");
        var headId = TestIds.Make(new DateOnly(1971, 6, 1), male: false);
        var elder = await (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "预警老人", idNumber = headId, sex = "female", categories = new[] { "ELDER_SPECIAL" } })).CreatedIdAsync();
        var other = await Factory.ApiAsync("worker05");
        var otherId = TestIds.Make(new DateOnly(1966, 2, 2), male: true);
        var elsewhere = await (await other.PostAsJsonAsync("/api/v1/registry/clients", new { name = "他站预警对象", idNumber = otherId, sex = "male", categories = new[] { "DIBAO" } })).CreatedIdAsync();
        var stranger = TestIds.Make(new DateOnly(1959, 9, 9), male: true);
        var movedAwayId = TestIds.Make(new DateOnly(1962, 3, 3), male: false);
        var movedAway = await (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "已归档对象", idNumber = movedAwayId, sex = "female", categories = new[] { "DIBAO" } })).CreatedIdAsync();
        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{movedAway}/archive", new { reason = "迁往外地子女处" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var lead = await Factory.ApiAsync("lead");
        var colleague = await Factory.ApiAsync("worker04");
        await Factory.OutboxesDeliveredAsync(); // the class's earlier credits to this worker land before the count
        var hours = await OutreachHours(colleague);

        var report = await ImportAlertsAsync(lead,
        [
            Alert("预警老人", headId, "收入骤减"),                // row 2: matched, station of worker03
            Alert("预警老人", headId, "收入骤减"),                // row 3: the same alert again in the sheet
            Alert("他站预警对象", otherId, "医疗支出骤增"),          // row 4: matched, worker05's station
            Alert("不在册", stranger, "收入骤减"),                 // row 5: no client holds it
            Alert("号码错误", "340524198001010013", "收入骤减"),    // row 6: bad check character
            Alert("无类型", otherId, null),                      // row 7: no alert type
            Alert("已归档对象", movedAwayId, "收入骤减"),            // row 8: an archived client is not matched
        ]);
        report.Rows.Select(r => (r.Row, r.Outcome)).Should().Equal((2, "matched"), (3, "repeated"), (4, "matched"), (5, "unmatched"), (6, "rejected"), (7, "rejected"), (8, "unmatched"));
        (report.Matched, report.Repeated, report.Unmatched, report.Rejected).Should().Be((2, 1, 2, 2));
        report.Rows.Should().OnlyContain(r => r.Message.Any(c => c >= 0x4e00 && c <= 0x9fff), "every row's result is in Chinese");

        // The same alert still open is repeated on the next import; another alert of the same person is a new task.
        var again = await ImportAlertsAsync(lead, [Alert("预警老人", headId, "收入骤减"), Alert("预警老人", headId, "医疗支出骤增")]);
        again.Rows.Select(r => r.Outcome).Should().Equal("repeated", "matched");

        var mine = (await TasksAsync(worker)).Where(t => t.ClientId == elder).ToList();
        mine.Select(t => t.AlertType).Should().BeEquivalentTo(["收入骤减", "医疗支出骤增"]);
        mine.Should().OnlyContain(t => t.DueOn == DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(15) && !t.IsOverdue);
        (await TasksAsync(worker)).Should().NotContain(t => t.ClientId == elsewhere, "another station's task");
        (await TasksAsync(other)).Should().Contain(t => t.ClientId == elsewhere && t.AlertType == "医疗支出骤增");
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "social-assistance" && i.Title == "预警老人（收入骤减，入户核查）");

        // The lead sees the unmatched row with its number, the bureau masked; a worker not at all.
        (await lead.GetFromJsonAsync<Paged<Unmatched>>($"/api/v1/social-assistance/alerts/unmatched?importId={report.ImportId}"))!.Items
            .Select(u => (u.Row, u.IdNumber, u.Name)).Should().BeEquivalentTo([(5, stranger, "不在册"), (8, movedAwayId, "已归档对象")]);
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetFromJsonAsync<Paged<Unmatched>>($"/api/v1/social-assistance/alerts/unmatched?importId={report.ImportId}"))!.Items.Single(u => u.Row == 5).IdNumber.Should().NotBe(stranger).And.EndWith(stranger[^4..]);
        (await worker.GetAsync("/api/v1/social-assistance/alerts/unmatched")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        // Closed by a worker of the station: a home visit credited once, on the timeline; a second close is a conflict.
        var task = mine.Single(t => t.AlertType == "收入骤减");
        var close = $"/api/v1/social-assistance/alerts/{task.Id}/close";
        var body = new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-40), result = "confirmed", text = "入户核实：户主 9 月起失业，家庭收入明显下降，已告知可申请低保。" };
        (await (await Factory.ApiAsync("worker01")).PostAsJsonAsync(close, body)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station's worker");
        (await bureau.PostAsJsonAsync(close, body)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await colleague.PostAsJsonAsync(close, body)).StatusCode.Should().Be(HttpStatusCode.NoContent, "any worker of the station");
        await ModuleData.WaitUntilAsync(async () => await OutreachHours(colleague) == hours + 2, "the verification's two hours");
        await Factory.OutboxesDeliveredAsync();
        (await OutreachHours(colleague)).Should().Be(hours + 2, "credited once, to who verified");
        (await worker.PostAsJsonAsync(close, body)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await OutreachHours(colleague)).Should().Be(hours + 2);
        (await worker.TimelineAsync(elder)).Items.Should().Contain(e => e.Module == "social-assistance" && e.Title == "监测预警入户核查" && e.Summary == "收入骤减：情况属实");
        (await TasksAsync(worker, closed: true)).Should().Contain(t => t.Id == task.Id && t.Result == "confirmed" && t.ResultName == "情况属实");
        (await worker.DueItemsAsync()).Should().NotContain(i => i.Title == "预警老人（收入骤减，入户核查）");

        // Closed, the same alert is a new task on the next list.
        (await ImportAlertsAsync(lead, [Alert("预警老人", headId, "收入骤减")])).Rows.Single().Outcome.Should().Be("matched");
    }

    [Fact]
    public async Task Alert_imports_and_verifications_refuse_bad_input_in_chinese_and_write_nothing_and_only_a_lead_imports()
    {
        var lead = await Factory.ApiAsync("lead");
        var before = (await lead.GetFromJsonAsync<List<object>>("/api/v1/social-assistance/alerts/imports"))!.Count;
        var missing = await lead.PostAsync("/api/v1/social-assistance/alerts/import", AlertSheet([new Dictionary<string, object?> { ["姓名"] = "缺列", ["身份证号"] = TestIds.Make(new DateOnly(1960, 1, 1), male: true) }]));
        missing.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).Should().Contain("表格缺少“预警类型”列");
        var junk = new MultipartFormDataContent { { new ByteArrayContent("不是表格"u8.ToArray()), "file", "预警名单.xlsx" } };
        var unreadable = await lead.PostAsync("/api/v1/social-assistance/alerts/import", junk);
        unreadable.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await unreadable.Content.ReadAsStringAsync()).Should().Contain("无法读取这个文件");
        (await lead.GetFromJsonAsync<List<object>>("/api/v1/social-assistance/alerts/imports"))!.Count.Should().Be(before, "a refused file leaves no import");
        foreach (var who in new[] { "worker07", "bureau" })
        {
            (await (await Factory.ApiAsync(who)).PostAsync("/api/v1/social-assistance/alerts/import", AlertSheet([Alert("x", TestIds.Make(new DateOnly(1960, 1, 1), male: true), "收入骤减")])))
                .StatusCode.Should().Be(HttpStatusCode.Forbidden, who);
        }

        var worker = await Factory.ApiAsync("worker07");
        var id = TestIds.Make(new DateOnly(1962, 4, 4), male: true);
        var client = await (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "核查输入对象", idNumber = id, sex = "male", categories = new[] { "DIBAO_EDGE" } })).CreatedIdAsync();
        (await ImportAlertsAsync(lead, [Alert("核查输入对象", id, "收入骤减")])).Matched.Should().Be(1);
        var task = (await TasksAsync(worker)).Single(t => t.ClientId == client);
        var close = $"/api/v1/social-assistance/alerts/{task.Id}/close";

        async Task Refused(object request, string field, string words)
        {
            var response = await worker.PostAsJsonAsync(close, request);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            var errors = await response.ErrorsAsync();
            errors.Keys.Should().Contain(k => k.Equals(field, StringComparison.OrdinalIgnoreCase));
            string.Join(" ", errors.Values.SelectMany(v => v)).Should().Contain(words);
        }

        await Refused(new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), text = "已入户" }, "result", "请选择核查结论");
        await Refused(new { visitedAt = DateTimeOffset.UtcNow.AddDays(1), result = "other", text = "已入户" }, "visitedAt", "不能晚于现在");
        await Refused(new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), result = "notAsAlerted", text = "" }, "text", "请写明入户核查的情况");
        await Refused(new { visitedAt = DateTimeOffset.UtcNow.AddDays(-30), result = "notAsAlerted", text = "早于预警" }, "visitedAt", "不能早于预警日期");
        (await worker.PostAsJsonAsync(close, new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), result = 0, text = "数字" })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "an enum takes names");
        (await TasksAsync(worker)).Should().Contain(t => t.Id == task.Id, "still open");
        (await worker.GetFromJsonAsync<TaskLine>($"/api/v1/social-assistance/alerts/{task.Id}"))!.Result.Should().BeNull();
    }

    [Fact]
    public async Task Bad_input_is_refused_in_chinese_naming_the_field_and_writes_nothing()
    {
        var worker = await Factory.ApiAsync("worker07");
        var head = await RegisterAsync(worker, "错误输入户主");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        async Task Refused(HttpResponseMessage response, string field, string words)
        {
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            var errors = await response.ErrorsAsync();
            errors.Keys.Should().Contain(k => k.Equals(field, StringComparison.OrdinalIgnoreCase) || k.EndsWith("." + field, StringComparison.OrdinalIgnoreCase) || k.StartsWith(field, StringComparison.OrdinalIgnoreCase));
            string.Join(" ", errors.Values.SelectMany(v => v)).Should().Contain(words);
        }

        var url = $"/api/v1/social-assistance/households/{head}/programmes";
        await Refused(await worker.PostAsJsonAsync(url, new { kind = "dibao", area = "rural", coverage = "wholeHousehold", startOn = today, approvalOffice = "区民政局" }), "approvalDocument", "请填写审批文号");
        await Refused(await worker.PostAsJsonAsync(url, Dibao(today.AddDays(3))), "startOn", "不能晚于今天");
        await Refused(await worker.PostAsJsonAsync(url, new { kind = "dibao", area = "rural", startOn = today, approvalDocument = "x", approvalOffice = "y" }), "coverage", "整户保障或单人户");
        (await worker.PostAsJsonAsync(url, new { kind = 0, area = "rural", coverage = "wholeHousehold", startOn = today, approvalDocument = "x", approvalOffice = "y" })).StatusCode.Should().Be(HttpStatusCode.BadRequest, "an enum takes names, not numbers");
        (await worker.GetAsync($"/api/v1/social-assistance/households/{head}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "no refused request opened a record");

        var programme = await StartAsync(worker, head, Dibao(today.AddMonths(-3)));
        var second = await worker.PostAsJsonAsync(url, Dibao(today));
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).Should().Contain("尚未终止");

        var reviews = $"/api/v1/social-assistance/households/{head}/reviews";
        await Refused(await worker.PostAsJsonAsync(reviews, new { programmeId = programme, visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), findings = "x", conclusion = "maintain", members = new[] { new { name = "户主", relation = "户主", wages = -100 } } }), "members", "须为 0 或正数");
        await Refused(await worker.PostAsJsonAsync(reviews, new { programmeId = programme, visitedAt = DateTimeOffset.UtcNow.AddDays(2), findings = "x", conclusion = "maintain" }), "visitedAt", "入户复核时间不能晚于现在");
        await Refused(await worker.PostAsJsonAsync(reviews, new { programmeId = programme, visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), findings = "x" }), "conclusion", "请选择复核意见");
        await Refused(await worker.PostAsJsonAsync(reviews, new { programmeId = programme, visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), findings = "x", conclusion = "maintain", medicalExpense = -1 }), "medicalExpense", "医疗支出须为 0 或正数");
        await Refused(await worker.PostAsJsonAsync(reviews, new { programmeId = programme, visitedAt = new DateTimeOffset(today.AddMonths(-4).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)), findings = "x", conclusion = "maintain" }), "visitedAt", "不能早于低保的开始日期");
        (await HouseholdAsync(worker, head)).Reviews.Should().BeEmpty();

        var end = $"/api/v1/social-assistance/programmes/{programme}/end";
        await Refused(await worker.PostAsJsonAsync(end, new { endOn = today }), "reason", "终止原因");
        await Refused(await worker.PostAsJsonAsync(end, new { endOn = today.AddMonths(-5), reason = "测试" }), "endOn", "不能早于开始日期");
        (await worker.PostAsJsonAsync(end, new { endOn = today, reason = "收入超过标准，经区民政局审批停保" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var ended = (await HouseholdAsync(worker, head)).Programmes.Single();
        ended.EndOn.Should().Be(today);
        ended.NextDue.Should().BeNull();
        await Refused(await worker.PostAsJsonAsync(reviews, Review(programme, DateTimeOffset.UtcNow.AddMinutes(-5))), "programmeId", "已于");
        (await DueAsync(worker)).Should().NotContain(l => l.ProgrammeId == programme);
    }
}

public sealed class SocialAssistanceTestsOnSqlite(SqlitePlatform platform) : SocialAssistanceTests<SqlitePlatform>(platform);

public sealed class SocialAssistanceTestsOnPostgres(PostgresPlatform platform) : SocialAssistanceTests<PostgresPlatform>(platform);
