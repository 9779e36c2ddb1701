using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>Supervision and training reach the ledger once and are taken back on withdrawal; who may see and record what; bad input.</summary>
public abstract class StaffComplianceTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private sealed record ComplianceRow(string WorkerId, string CertificateStanding, int? DaysToDeadline);

    private sealed record ComplianceReport(List<ComplianceRow> Workers);

    private sealed record SupervisionSession(string Id, List<string> Workers);

    private static async Task<string> IdOf(HttpClient client) => (await client.MeAsync()).Id;

    private static async Task<decimal> LedgerHours(HttpClient worker, string workerId, string code)
    {
        var rows = (await worker.LedgerSummaryAsync($"workerId={workerId}")).Rows;
        return rows.Where(r => r.Code == code).Select(r => r.StandardHours).SingleOrDefault();
    }

    private static async Task<string> CreatedId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<string> ProblemTitle(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, body);
        return body;
    }

    [Fact]
    public async Task Supervision_and_training_reach_the_ledger_once_and_withdrawing_takes_them_back()
    {
        var lead = await Factory.ApiAsync("lead");
        var worker = await Factory.ApiAsync("worker05");
        var workerId = await IdOf(worker);

        // The demo's supervision and training are credited through the outbox after start-up: count from after them.
        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("staff")).All(m => m.ProcessedAt is not null), "the demo's credits", 60);
        var supervisionBefore = await LedgerHours(worker, workerId, "SUPERVISION");
        var trainingBefore = await LedgerHours(worker, workerId, "TRAINING");

        var session = await CreatedId(await lead.PostAsJsonAsync("/api/v1/staff/supervision", new
        {
            date = Today.AddDays(-1), hours = 1.5, mode = "online", supervisor = "刘老师", topic = "个案会谈中的沉默", record = "讨论了两个个案的会谈记录。", workerIds = new[] { workerId },
        }));
        await ModuleData.WaitUntilAsync(async () => await LedgerHours(worker, workerId, "SUPERVISION") == supervisionBefore + 1.5m, "the supervision credit");

        var training = await CreatedId(await worker.PostAsJsonAsync("/api/v1/staff/training", new { course = "儿童保护实务", organiser = "南昌市民政局", date = Today.AddDays(-3), hours = 6 }));
        await ModuleData.WaitUntilAsync(async () => await LedgerHours(worker, workerId, "TRAINING") == trainingBefore + 6, "the training credit");

        var mine = await worker.GetFromJsonAsync<ComplianceReport>("/api/v1/staff/compliance");
        var row = mine!.Workers.Should().ContainSingle("a worker sees only themselves").Subject;
        row.WorkerId.Should().Be(workerId);

        (await ProblemTitle(await worker.PostAsJsonAsync($"/api/v1/staff/training/{training}/withdraw", new { reason = "" }), HttpStatusCode.BadRequest))
            .Should().Contain("请用 200 字以内说明撤销的原因");
        (await lead.PostAsJsonAsync($"/api/v1/staff/supervision/{session}/withdraw", new { reason = "日期登记错误" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync($"/api/v1/staff/training/{training}/withdraw", new { reason = "重复登记" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(
            async () => await LedgerHours(worker, workerId, "SUPERVISION") == supervisionBefore && await LedgerHours(worker, workerId, "TRAINING") == trainingBefore,
            "both credits taken back");
        (await lead.PostAsJsonAsync($"/api/v1/staff/supervision/{session}/withdraw", new { reason = "再撤一次" })).StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Workers_see_only_themselves_record_only_their_own_training_and_record_no_supervision()
    {
        var worker = await Factory.ApiAsync("worker07");
        var colleague = await Factory.ApiAsync("worker08");
        var other = await Factory.ApiAsync("worker01");
        var bureau = await Factory.ApiAsync("bureau");
        var lead = await Factory.ApiAsync("lead");
        var workerId = await IdOf(worker);
        var colleagueId = await IdOf(colleague);
        var otherId = await IdOf(other);

        (await worker.PostAsJsonAsync("/api/v1/staff/supervision", new { date = Today, hours = 2, mode = "inPerson", supervisor = "我", topic = "自我督导", record = "无", workerIds = new[] { workerId } }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await worker.PostAsJsonAsync("/api/v1/staff/training", new { workerId = colleagueId, course = "代登记", organiser = "某协会", date = Today, hours = 2 }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "a worker records their own training only, even for a colleague of the same station");
        (await bureau.PostAsJsonAsync("/api/v1/staff/training", new { workerId, course = "代登记", organiser = "某协会", date = Today, hours = 2 }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "the bureau only reads");
        (await worker.PutAsJsonAsync($"/api/v1/staff/workers/{workerId}/profile", new { hiredOn = Today.AddYears(-3), certificate = "senior", certificateNumber = "X1", certificateObtainedOn = Today }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "the lead keeps personnel records");
        (await worker.GetAsync($"/api/v1/staff/workers/{otherId}/file")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker.GetAsync($"/api/v1/staff/workers/{colleagueId}/file")).StatusCode.Should().Be(HttpStatusCode.NotFound, "certificates and training are a worker's own business");
        (await worker.GetFromJsonAsync<ComplianceReport>($"/api/v1/staff/compliance?stationId={Guid.NewGuid():N}"))!.Workers.Should().HaveCount(1);

        var all = await bureau.GetFromJsonAsync<ComplianceReport>("/api/v1/staff/compliance");
        all!.Workers.Should().HaveCount(14, "the bureau sees every station's workers");
        (await bureau.GetAsync($"/api/v1/staff/workers/{otherId}/file")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await lead.GetAsync($"/api/v1/staff/workers/{Guid.NewGuid():N}/file")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var supervision = await lead.GetFromJsonAsync<List<SupervisionSession>>("/api/v1/staff/supervision");
        var attendedByOthers = supervision!.First().Id;
        var attended = await worker.GetFromJsonAsync<List<SupervisionSession>>("/api/v1/staff/supervision");
        attended.Should().NotBeEmpty().And.OnlyContain(s => s.Workers.Any(w => w == "赵敏"), "a worker sees the sessions they attended");
        (await bureau.GetAsync($"/api/v1/staff/supervision/{attendedByOthers}")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Chinese_and_changes_nothing()
    {
        var lead = await Factory.ApiAsync("lead");
        var worker = await Factory.ApiAsync("worker09");
        var workerId = await IdOf(worker);
        var sessions = (await lead.GetFromJsonAsync<List<SupervisionSession>>("/api/v1/staff/supervision"))!.Count;

        // The worker's whole file, as raw JSON: refused input must leave every field of it as it was.
        var file = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/staff/workers/{workerId}/file");

        (await ProblemTitle(await lead.PostAsJsonAsync("/api/v1/staff/supervision", new { date = Today.AddDays(1), hours = 2, mode = "online", supervisor = "刘老师", topic = "题", record = "记", workerIds = new[] { workerId } }), HttpStatusCode.BadRequest))
            .Should().Contain("督导日期不能晚于今天");
        (await ProblemTitle(await lead.PostAsJsonAsync("/api/v1/staff/supervision", new { date = Today, hours = 9, mode = "online", supervisor = "刘老师", topic = "题", record = "记", workerIds = new[] { workerId } }), HttpStatusCode.BadRequest))
            .Should().Contain("督导时长须在 0.5 到 8 小时之间");
        (await ProblemTitle(await lead.PostAsJsonAsync("/api/v1/staff/supervision", new { date = Today, hours = 2, mode = "online", supervisor = "刘老师", topic = "题", record = "记", workerIds = Array.Empty<string>() }), HttpStatusCode.BadRequest))
            .Should().Contain("请选择至少一名接受督导的社工");
        (await ProblemTitle(await lead.PostAsJsonAsync("/api/v1/staff/supervision", new { date = Today, hours = 2, mode = "online", supervisor = "刘老师", topic = "题", record = "记", workerIds = new[] { workerId, "no-such-worker" } }), HttpStatusCode.BadRequest))
            .Should().Contain("须是在站点工作的社工");
        (await ProblemTitle(await worker.PostAsJsonAsync("/api/v1/staff/training", new { course = "课程", organiser = "协会", date = Today.AddYears(-2), hours = 3 }), HttpStatusCode.BadRequest))
            .Should().Contain("培训日期须在一年以内");
        (await ProblemTitle(await worker.PostAsJsonAsync("/api/v1/staff/training", new { course = new string('课', 101), organiser = "协会", date = Today, hours = 3 }), HttpStatusCode.BadRequest))
            .Should().Contain("课程名称不能超过 100 字");
        (await ProblemTitle(await lead.PutAsJsonAsync($"/api/v1/staff/workers/{workerId}/profile", new { hiredOn = Today.AddYears(-2), certificate = "assistant" }), HttpStatusCode.BadRequest))
            .Should().Contain("请填写证书编号");
        (await ProblemTitle(await lead.PutAsJsonAsync($"/api/v1/staff/workers/{workerId}/profile", new { hiredOn = Today.AddDays(2) }), HttpStatusCode.BadRequest))
            .Should().Contain("入职日期不能晚于今天");
        (await ProblemTitle(await lead.PutAsJsonAsync($"/api/v1/staff/workers/{workerId}/profile", new { hiredOn = "昨天" }), HttpStatusCode.BadRequest))
            .Should().Contain("hiredOn");

        (await lead.GetFromJsonAsync<List<SupervisionSession>>("/api/v1/staff/supervision"))!.Count.Should().Be(sessions);
        (await lead.GetFromJsonAsync<JsonElement>($"/api/v1/staff/workers/{workerId}/file")).ToString().Should().Be(file.ToString());
    }

    [Fact]
    public async Task A_worker_records_training_with_its_certificate_on_the_page_and_a_file_that_is_no_image_or_PDF_is_refused()
    {
        var workerId = await IdOf(await Factory.ApiAsync("worker13"));
        var browser = await Factory.BrowserAsync("worker13");
        var url = $"/staff/compliance/worker/{workerId}";
        var saved = await browser.PostMultipartAsync(
            url + "?handler=Training",
            new() { ["Training.Course"] = "危机干预实务", ["Training.Organiser"] = "南昌市社会工作协会", ["Training.Date"] = Today.ToString("yyyy-MM-dd"), ["Training.Hours"] = "4" },
            ("certificate", "结业证书.png", Png()));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var page = await browser.GetPageAsync(url);
        var line = page.QuerySelectorAll("#training li").Single(li => li.TextContent.Contains("危机干预实务"));
        var certificate = await browser.GetAsync(line.QuerySelector("a")!.GetAttribute("href"));
        certificate.StatusCode.Should().Be(HttpStatusCode.OK);
        certificate.Content.Headers.ContentType!.MediaType.Should().StartWith("image/");
        (await (await Factory.BrowserAsync("worker14")).GetAsync(line.QuerySelector("a")!.GetAttribute("href"))).StatusCode.Should().Be(HttpStatusCode.NotFound, "a colleague does not see it");

        var refused = await browser.PostMultipartAsync(
            url + "?handler=Training",
            new() { ["Training.Course"] = "假的证书课程", ["Training.Organiser"] = "某协会", ["Training.Date"] = Today.ToString("yyyy-MM-dd"), ["Training.Hours"] = "4" },
            ("certificate", "证书.png", "这不是图片"u8.ToArray()));
        refused.StatusCode.Should().Be(HttpStatusCode.OK, "the page comes back with the refusal");
        (await refused.Content.ReadAsStringAsync()).Should().Contain("“证书.png”");
        (await browser.GetPageAsync(url)).QuerySelector("#training")!.TextContent.Should().NotContain("假的证书课程");
    }

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 30);
        bitmap.Erase(SkiaSharp.SKColors.Orange);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public async Task The_lead_keeps_a_profile_and_the_compliance_page_shows_who_is_behind()
    {
        var lead = await Factory.ApiAsync("lead");
        var worker = await Factory.ApiAsync("worker04");
        var workerId = await IdOf(worker);
        (await lead.PutAsJsonAsync($"/api/v1/staff/workers/{workerId}/profile", new { hiredOn = Today.AddDays(-340), education = "本科", certificate = "none", notEligibleReason = "明年 6 月报考" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        var row = (await worker.GetFromJsonAsync<ComplianceReport>("/api/v1/staff/compliance"))!.Workers[0];
        row.CertificateStanding.Should().Be("soon");
        row.DaysToDeadline.Should().Be(Today.AddDays(-340).AddYears(1).DayNumber - Today.DayNumber);

        var page = await (await Factory.BrowserAsync("lead")).GetPageAsync("/staff/compliance");
        page.QuerySelectorAll("#compliance tbody tr").Length.Should().Be(14);
        page.QuerySelector("#compliance")!.TextContent.Should().Contain("未持证，" + Today.AddDays(-340).AddYears(1).ToString("yyyy-MM-dd") + " 前须取得");
        var own = await (await Factory.BrowserAsync("worker04")).GetPageAsync("/staff/compliance");
        own.QuerySelectorAll("#compliance tbody tr").Length.Should().Be(1);
        var file = await (await Factory.BrowserAsync("worker04")).GetPageAsync($"/staff/compliance/worker/{workerId}");
        file.QuerySelector("#profile-form").Should().BeNull("only the lead edits the personnel record");
        file.QuerySelector("#training-form").Should().NotBeNull("a worker records their own training");
        file.QuerySelector("#standing")!.TextContent.Should().Contain("暂不具备报考条件：明年 6 月报考");
    }
}

public sealed class StaffComplianceTestsOnSqlite(SqlitePlatform platform) : StaffComplianceTests<SqlitePlatform>(platform);

public sealed class StaffComplianceTestsOnPostgres(PostgresPlatform platform) : StaffComplianceTests<PostgresPlatform>(platform);
