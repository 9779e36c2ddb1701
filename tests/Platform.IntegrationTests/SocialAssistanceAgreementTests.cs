using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// Care agreements of 分散供养 特困 people (照料护理协议): one in force at a time, the renewal list and the digest, the
/// signed scan, ending early with a reason, stale versions, station isolation, the bureau, bad input; and a review's
/// needs offered to the resource-linking module and withdrawn with the review.
/// </summary>
public abstract class SocialAssistanceAgreementTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    internal sealed record AgreementLine(string Id, string ClientId, string StationId, string Name, string CarerName, string? CarerIdNumber, string FeeBand, decimal? MonthlyFee,
        DateOnly StartOn, DateOnly EndOn, DateOnly? EndedOn, DateOnly LastDay, string? EndReason, bool HasScan, int Version, string State, int DaysLeft);

    internal sealed record AgreementHousehold(string ClientId, List<AgreementLine> Agreements, bool AgreementOwed, string? AgreementFlag);

    internal sealed record AgreementPage(SocialAssistanceTests<TPlatform>.Paged<AgreementLine> Rows);

    internal sealed record UnsignedLine(string ClientId, string Name);

    internal sealed record Conflict(string Title, string? Field);

    internal static object Tekun(DateOnly start, string selfCare = "lost") =>
        new { kind = "tekun", area = "rural", care = "dispersed", selfCare, startOn = start, approvalDocument = "特供审〔2026〕21号", approvalOffice = "区民政局" };

    internal static Dictionary<string, object?> Agreement(DateOnly start, DateOnly end, string carer = "张秀英") => new()
    {
        ["carerName"] = carer, ["carerRelation"] = "邻居", ["carerPhone"] = "13912345678", ["duties"] = "每日送两餐，每周打扫两次，陪同就医。",
        ["startOn"] = start, ["endOn"] = end, ["signedBy"] = "镇民政办、照料人、本人", ["signedOn"] = start < Today ? start : Today,
    };

    internal static async Task<(string Person, string Programme)> DispersedAsync(HttpClient worker, string name)
    {
        var person = await SocialAssistanceTests<TPlatform>.RegisterAsync(worker, name, "TEKUN_FS");
        var programme = await SocialAssistanceTests<TPlatform>.StartAsync(worker, person, Tekun(Today.AddMonths(-6)));
        return (person, programme);
    }

    internal static async Task<string> SignAsync(HttpClient worker, string person, object body)
    {
        var response = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/agreements", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    internal static async Task<AgreementHousehold> HouseholdAsync(HttpClient client, string person) =>
        (await client.GetFromJsonAsync<AgreementHousehold>($"/api/v1/social-assistance/households/{person}"))!;

    internal static async Task<List<AgreementLine>> DueAsync(HttpClient client, bool all = false) =>
        (await client.GetFromJsonAsync<AgreementPage>($"/api/v1/social-assistance/agreements?all={all}&pageSize=100"))!.Rows.Items;

    private static MultipartFormDataContent Scan(byte[] bytes, string name, string type)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task An_agreement_is_signed_flagged_until_then_on_the_timeline_one_at_a_time_and_ended_early_with_a_reason()
    {
        var worker = await Factory.ApiAsync("worker03");
        var (person, _) = await DispersedAsync(worker, "照料协议对象");
        var before = await HouseholdAsync(worker, person);
        before.Should().Match<AgreementHousehold>(h => h.AgreementOwed && h.AgreementFlag == "未签协议" && h.Agreements.Count == 0);
        (await worker.GetFromJsonAsync<List<UnsignedLine>>("/api/v1/social-assistance/agreements/unsigned"))!.Should().Contain(u => u.ClientId == person);

        var carerId = TestIds.Make(new DateOnly(1975, 5, 5), male: false);
        var body = Agreement(Today.AddDays(-10), Today.AddDays(-10).AddYears(1).AddDays(-1));
        body["carerIdNumber"] = carerId;
        var first = await SignAsync(worker, person, body);
        var signed = await HouseholdAsync(worker, person);
        signed.AgreementFlag.Should().BeNull();
        var line = signed.Agreements.Single();
        var lastFour = carerId[^4..];
        line.Should().Match<AgreementLine>(a => a.State == "生效中" && a.FeeBand == "lost" && a.CarerIdNumber != carerId && a.CarerIdNumber!.EndsWith(lastFour) && !a.HasScan);
        (await worker.GetFromJsonAsync<List<UnsignedLine>>("/api/v1/social-assistance/agreements/unsigned"))!.Should().NotContain(u => u.ClientId == person);

        // A second agreement overlapping the first is refused, naming the start; one from the day after its end is a renewal.
        var overlap = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/agreements", Agreement(Today.AddMonths(2), Today.AddMonths(14), "李建国"));
        overlap.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var conflict = await overlap.Content.ReadFromJsonAsync<Conflict>();
        conflict!.Field.Should().Be("startOn");
        conflict.Title.Should().Contain("重叠").And.Contain("张秀英");
        (await HouseholdAsync(worker, person)).Agreements.Should().ContainSingle("nothing was written");
        var renewal = await SignAsync(worker, person, Agreement(line.EndOn.AddDays(1), line.EndOn.AddYears(1), "李建国"));
        (await HouseholdAsync(worker, person)).Agreements.Select(a => (a.Id, a.State)).Should().Equal((renewal, "未生效"), (first, "生效中"));

        // Ending early: a stale version is a 409 and changes nothing; a reason is required; then it is ended, on the timeline.
        var end = $"/api/v1/social-assistance/agreements/{first}/end";
        (await worker.PostAsJsonAsync(end, new { endedOn = Today, reason = "照料人外出务工", version = line.Version + 1 })).StatusCode.Should().Be(HttpStatusCode.Conflict);
        var noReason = await worker.PostAsJsonAsync(end, new { endedOn = Today, version = line.Version });
        noReason.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noReason.ErrorsAsync()).Keys.Should().Contain(k => k.Equals("reason", StringComparison.OrdinalIgnoreCase));
        (await HouseholdAsync(worker, person)).Agreements.Single(a => a.Id == first).EndedOn.Should().BeNull();
        (await worker.PostAsJsonAsync(end, new { endedOn = Today, reason = "照料人外出务工，无法继续照料", version = line.Version })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync(end, new { endedOn = Today, reason = "再次终止", version = line.Version })).StatusCode.Should().Be(HttpStatusCode.Conflict, "the version moved on");
        var ended = (await HouseholdAsync(worker, person)).Agreements.Single(a => a.Id == first);
        ended.Should().Match<AgreementLine>(a => a.EndedOn == Today && a.EndReason == "照料人外出务工，无法继续照料" && a.Version > line.Version);

        await Factory.OutboxesDeliveredAsync();
        var timeline = (await worker.TimelineAsync(person)).Items;
        timeline.Should().Contain(e => e.Module == "social-assistance" && e.Title == "签订分散供养照料协议" && e.Summary!.Contains("张秀英"));
        timeline.Should().Contain(e => e.Module == "social-assistance" && e.Title == "照料协议提前终止" && e.Summary!.Contains("外出务工"));
    }

    [Fact]
    public async Task Agreements_ending_within_thirty_days_or_run_out_are_listed_and_in_the_digest_and_a_renewal_takes_them_off()
    {
        var worker = await Factory.ApiAsync("worker05");
        var (soon, _) = await DispersedAsync(worker, "协议将到期对象");
        var (lapsed, _) = await DispersedAsync(worker, "协议已过期对象");
        var (later, _) = await DispersedAsync(worker, "协议长期有效对象");
        var expiring = await SignAsync(worker, soon, Agreement(Today.AddMonths(-11), Today.AddDays(20)));
        var old = await SignAsync(worker, lapsed, Agreement(Today.AddYears(-1), Today.AddDays(-3)));
        await SignAsync(worker, later, Agreement(Today.AddMonths(-1), Today.AddMonths(11)));

        var due = await DueAsync(worker);
        due.Should().Contain(a => a.Id == expiring && a.State == "即将到期" && a.DaysLeft == 20);
        due.Should().Contain(a => a.Id == old && a.State == "已过期" && a.DaysLeft == -3);
        due.Should().NotContain(a => a.ClientId == later);
        (await DueAsync(worker, all: true)).Should().Contain(a => a.ClientId == later && a.State == "生效中");
        (await HouseholdAsync(worker, lapsed)).AgreementFlag.Should().Be("协议已过期");
        (await HouseholdAsync(worker, soon)).AgreementFlag.Should().BeNull("still in force");
        var items = (await worker.DueItemsAsync()).Where(i => i.Module == "social-assistance").Select(i => i.Title).ToList();
        items.Should().Contain("协议将到期对象（照料人张秀英，协议到期前请续签）").And.Contain("协议已过期对象（照料人张秀英，协议已过期，请续签）").And.NotContain(t => t.StartsWith("协议长期有效对象（照料人"));

        // The list page shows them to the lead with a station filter, the run-out one in red; its export has the rows.
        var lead = await Factory.BrowserAsync("lead");
        var page = await lead.GetPageAsync($"/social-assistance/agreements?stationId={(await HouseholdAsync(worker, soon)).Agreements.Single().StationId}");
        page.QuerySelectorAll("#agreements-table tr.table-danger").Select(r => r.TextContent).Should().Contain(t => t.Contains("协议已过期对象") && t.Contains("已过期 3 天"));
        page.QuerySelectorAll("#agreements-table tr.table-warning").Select(r => r.TextContent).Should().Contain(t => t.Contains("协议将到期对象"));
        (await lead.GetAsync("/social-assistance/agreements?handler=Export")).StatusCode.Should().Be(HttpStatusCode.OK);

        await SignAsync(worker, lapsed, Agreement(Today.AddDays(-2), Today.AddYears(1), "王桂兰"));
        (await DueAsync(worker)).Should().NotContain(a => a.ClientId == lapsed, "renewed");
        (await HouseholdAsync(worker, lapsed)).AgreementFlag.Should().BeNull();
    }

    [Fact]
    public async Task The_signed_scan_takes_a_photo_or_pdf_refuses_other_files_and_big_ones_in_chinese_and_a_stale_version_is_a_409()
    {
        var worker = await Factory.ApiAsync("worker07");
        var (person, _) = await DispersedAsync(worker, "签字件对象");
        var id = await SignAsync(worker, person, Agreement(Today.AddDays(-1), Today.AddYears(1)));
        var version = (await HouseholdAsync(worker, person)).Agreements.Single().Version;
        var url = $"/api/v1/social-assistance/agreements/{id}/scan";

        var text = await worker.PostAsync($"{url}?version={version}", Scan("不是扫描件"u8.ToArray(), "协议.pdf", "application/pdf"));
        text.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await text.ErrorsAsync()).Should().ContainKey("scan").WhoseValue.Single().Should().Contain("不是图片或 PDF");
        var big = await worker.PostAsync($"{url}?version={version}", Scan(new byte[21 * 1024 * 1024], "协议.jpg", "image/jpeg"));
        big.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await big.ErrorsAsync()).Should().ContainKey("scan").WhoseValue.Single().Should().Contain("超过 20 MB");
        (await HouseholdAsync(worker, person)).Agreements.Single().Should().Match<AgreementLine>(a => !a.HasScan && a.Version == version, "nothing was written");

        (await worker.PostAsync($"{url}?version={version + 1}", Scan(Pdf, "协议.pdf", "application/pdf"))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await worker.PostAsync($"{url}?version={version}", Scan(Pdf, "协议.pdf", "application/pdf"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsync($"{url}?version={version}", Scan(Pdf, "协议2.pdf", "application/pdf"))).StatusCode.Should().Be(HttpStatusCode.Conflict, "the first upload moved the version on");
        (await HouseholdAsync(worker, person)).Agreements.Single().HasScan.Should().BeTrue();
        var opened = await worker.GetAsync(url);
        opened.StatusCode.Should().Be(HttpStatusCode.OK);
        (await opened.Content.ReadAsByteArrayAsync()).Should().Equal(Pdf);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_chinese_naming_the_field_and_writes_nothing()
    {
        var worker = await Factory.ApiAsync("worker09");
        var (person, _) = await DispersedAsync(worker, "协议输入对象");
        var url = $"/api/v1/social-assistance/households/{person}/agreements";

        async Task Refused(Dictionary<string, object?> body, string field, string words)
        {
            var response = await worker.PostAsJsonAsync(url, body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            var errors = await response.ErrorsAsync();
            errors.Keys.Should().Contain(k => k.Equals(field, StringComparison.OrdinalIgnoreCase), await response.Content.ReadAsStringAsync());
            string.Join(" ", errors.Values.SelectMany(v => v)).Should().Contain(words);
        }

        Dictionary<string, object?> With(string key, object? value)
        {
            var body = Agreement(Today, Today.AddYears(1));
            body[key] = value;
            return body;
        }

        await Refused(With("endOn", Today.AddDays(-1)), "endOn", "结束日期须晚于开始日期");
        await Refused(With("endOn", Today.AddYears(8)), "endOn", "最长 5 年");
        await Refused(With("duties", new string('照', 2001)), "duties", "不能超过 2000 字");
        await Refused(With("carerName", new string('张', 51)), "carerName", "不能超过 50 字");
        await Refused(With("carerName", ""), "carerName", "请填写照料人姓名");
        await Refused(With("carerPhone", "电话号码"), "carerPhone", "联系电话只能是");
        await Refused(With("carerIdNumber", "340524198001010013"), "carerIdNumber", "校验位不正确");
        await Refused(With("signedOn", Today.AddDays(2)), "signedOn", "不能晚于今天");
        await Refused(With("monthlyFee", -5), "monthlyFee", "照料护理费须为");
        (await worker.PostAsJsonAsync(url, With("feeBand", 0))).StatusCode.Should().Be(HttpStatusCode.BadRequest, "an enum takes names");
        var dibao = await SocialAssistanceTests<TPlatform>.RegisterAsync(worker, "非分散供养协议户");
        await SocialAssistanceTests<TPlatform>.StartAsync(worker, dibao, SocialAssistanceTests<TPlatform>.Dibao(Today.AddMonths(-1)));
        var notOwed = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{dibao}/agreements", Agreement(Today, Today.AddYears(1)));
        notOwed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await notOwed.Content.ReadAsStringAsync()).Should().Contain("不需要照料协议");
        (await HouseholdAsync(worker, person)).Agreements.Should().BeEmpty("nothing refused was written");

        var id = await SignAsync(worker, person, Agreement(Today.AddDays(-30), Today.AddYears(1)));
        var end = $"/api/v1/social-assistance/agreements/{id}/end";
        var early = await worker.PostAsJsonAsync(end, new { endedOn = Today.AddDays(-60), reason = "测试" });
        early.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await early.ErrorsAsync()).Should().ContainKey("endedOn").WhoseValue.Single().Should().Contain("不能早于协议开始日期");
        var huge = await worker.PostAsJsonAsync(end, new { endedOn = Today, reason = new string('因', 201) });
        huge.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await HouseholdAsync(worker, person)).Agreements.Single().EndedOn.Should().BeNull();
    }

    [Fact]
    public async Task Another_stations_agreements_answer_404_and_the_bureau_reads_them_but_changes_nothing()
    {
        var worker = await Factory.ApiAsync("worker11");
        var (person, _) = await DispersedAsync(worker, "他站协议对象");
        var id = await SignAsync(worker, person, Agreement(Today.AddMonths(-11), Today.AddDays(15)));
        var other = await Factory.ApiAsync("worker01");
        (await other.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/agreements", Agreement(Today.AddDays(16), Today.AddYears(1)))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/social-assistance/agreements/{id}/end", new { endedOn = Today, reason = "他站试图终止" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/v1/social-assistance/agreements/{id}/scan", Scan(Pdf, "协议.pdf", "application/pdf"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/v1/social-assistance/agreements/{id}/scan")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await DueAsync(other, all: true)).Should().NotContain(a => a.Id == id);

        var bureau = await Factory.ApiAsync("bureau");
        (await DueAsync(bureau)).Should().Contain(a => a.Id == id);
        (await bureau.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/agreements", Agreement(Today.AddDays(16), Today.AddYears(1)))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync($"/api/v1/social-assistance/agreements/{id}/end", new { endedOn = Today, reason = "局方试图终止" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsync($"/api/v1/social-assistance/agreements/{id}/scan", Scan(Pdf, "协议.pdf", "application/pdf"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await HouseholdAsync(worker, person)).Agreements.Single().Should().Match<AgreementLine>(a => a.EndedOn == null && !a.HasScan);
    }

    internal sealed record NeedLine(long Id, string ClientId, string Kind, string Description, string SourceModule, string State);

    private static async Task<List<NeedLine>> NeedsAsync(HttpClient worker, string clientId) =>
        (await worker.GetFromJsonAsync<SocialAssistanceTests<TPlatform>.Paged<NeedLine>>($"/api/v1/resources/needs?clientId={clientId}&pageSize=50"))!.Items;

    [Fact]
    public async Task A_reviews_needs_are_offered_for_referral_and_leave_the_list_when_the_review_is_withdrawn()
    {
        var worker = await Factory.ApiAsync("worker12");
        var head = await SocialAssistanceTests<TPlatform>.RegisterAsync(worker, "复核需求户主");
        var programme = await SocialAssistanceTests<TPlatform>.StartAsync(worker, head, SocialAssistanceTests<TPlatform>.Dibao(Today.AddMonths(-7)));
        var bad = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", new { programmeId = programme, visitedAt = DateTimeOffset.UtcNow.AddMinutes(-20), findings = "x", conclusion = "maintain", needs = "x", needKind = "lottery" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ErrorsAsync()).Should().ContainKey("needKind");

        var response = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews",
            new { programmeId = programme, visitedAt = DateTimeOffset.UtcNow.AddMinutes(-20), findings = "入户复核：户主腰椎病加重。", conclusion = "maintain", needs = "户主需要康复理疗和轮椅", needKind = "medical" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var review = await response.CreatedIdAsync();
        await ModuleData.WaitUntilAsync(async () => (await NeedsAsync(worker, head)).Count == 1, "the review's need on the 待链接 list");
        (await NeedsAsync(worker, head)).Single().Should().Match<NeedLine>(n => n.SourceModule == "social-assistance" && n.Kind == "medical" && n.Description == "户主需要康复理疗和轮椅");
        var plain = await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", SocialAssistanceTests<TPlatform>.Review(programme, DateTimeOffset.UtcNow.AddMinutes(-10)));
        plain.StatusCode.Should().Be(HttpStatusCode.Created);

        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/reviews/{review}/withdraw", new { reason = "重复登记" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => (await NeedsAsync(worker, head)).Count == 0, "the need withdrawn with the review");
        await Factory.OutboxesDeliveredAsync();
        (await NeedsAsync(worker, head)).Should().BeEmpty("a review without needs offers none");
    }
}

public sealed class SocialAssistanceAgreementTestsOnSqlite(SqlitePlatform platform) : SocialAssistanceAgreementTests<SqlitePlatform>(platform);

public sealed class SocialAssistanceAgreementTestsOnPostgres(PostgresPlatform platform) : SocialAssistanceAgreementTests<PostgresPlatform>(platform);
