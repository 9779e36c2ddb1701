using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using SkiaSharp;

namespace Platform.IntegrationTests;

/// <summary>Community activities: counted once, by size, only when completed with their evidence; withdrawal; denials.</summary>
public abstract class SocialWorkActivityTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF"u8.ToArray();

    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static byte[] Png()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.Orange);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static object Activity(string size = "lecture", DateOnly? date = null, string[]? clientIds = null, string? summary = null) => new
    {
        size, theme = "冬季用电安全讲座", date = date ?? Today.AddDays(-1), place = "幽兰镇社区活动室", partners = "镇供电所",
        participants = 36, volunteers = "王敏、李强", volunteerCount = 2, summary, clientIds = clientIds ?? [],
    };

    private static MultipartFormDataContent Evidence(bool signIn = true, bool photo = true)
    {
        var form = new MultipartFormDataContent();
        if (signIn)
        {
            form.Add(new ByteArrayContent(Pdf), "signIn", "签到表.pdf");
        }

        if (photo)
        {
            form.Add(new ByteArrayContent(Png()), "photos", "现场.png");
        }

        return form;
    }

    private sealed record ActivityFile(int Number);

    private sealed record ActivityView(string Id, List<ActivityFile> Files, List<string> Missing);

    private static async Task<decimal> Quantity(HttpClient worker, string code)
    {
        var me = await worker.MeAsync();
        return (await worker.LedgerSummaryAsync($"workerId={me.Id}")).Row(code).Quantity;
    }

    private static async Task<string> CreatedId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task ShouldBeRefused(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }

    [Fact]
    public async Task An_activity_counts_once_by_its_size_only_when_completed_with_summary_sign_in_sheet_and_photo_and_a_withdrawal_takes_it_back()
    {
        var worker = await Factory.ApiAsync("worker09");
        var client = (await (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "韩凤兰", idNumber = TestIds.Make(new DateOnly(1950, 10, 1), male: false), sex = "female", address = "幽兰镇" }))
            .Content.ReadFromJsonAsync<Created>())!.Id;
        var before = await Quantity(worker, "COMMUNITY_LECTURE");
        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/activities", Activity(clientIds: [client])));

        var planned = await worker.GetFromJsonAsync<ActivityView>($"/api/v1/socialwork/activities/{id}");
        planned!.Missing.Should().Equal("活动总结", "签到表（照片或扫描件）", "活动照片");
        (await worker.GetFromJsonAsync<ListPage<ActivityView>>("/api/v1/socialwork/activities?pending=true"))!.Items
            .Should().Contain(a => a.Id == id, "it is on the 待完善 list");
        await ShouldBeRefused(await worker.PostAsync($"/api/v1/socialwork/activities/{id}/complete", null), HttpStatusCode.BadRequest, "还不能完成，尚缺：活动总结；签到表（照片或扫描件）；活动照片");

        (await worker.PutAsJsonAsync($"/api/v1/socialwork/activities/{id}", Activity(clientIds: [client], summary: "讲解了冬季取暖用电常识，居民提问踊跃。"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsync($"/api/v1/socialwork/activities/{id}/files", Evidence(photo: false))).StatusCode.Should().Be(HttpStatusCode.Created);
        await ShouldBeRefused(await worker.PostAsync($"/api/v1/socialwork/activities/{id}/complete", null), HttpStatusCode.BadRequest, "尚缺：活动照片");
        (await worker.PostAsync($"/api/v1/socialwork/activities/{id}/files", Evidence(signIn: false))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsync($"/api/v1/socialwork/activities/{id}/complete", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ShouldBeRefused(await worker.PostAsync($"/api/v1/socialwork/activities/{id}/complete", null), HttpStatusCode.BadRequest, "已经完成");

        await ModuleData.WaitUntilAsync(async () => await Quantity(worker, "COMMUNITY_LECTURE") == before + 1, "the lecture's credit", seconds: 30);
        await ModuleData.WaitUntilAsync(
            async () => (await worker.TimelineAsync(client)).Items.Any(e => e.Title == "参加社区活动"),
            "the participant's timeline");
        await ShouldBeRefused(await worker.PutAsJsonAsync($"/api/v1/socialwork/activities/{id}", Activity(summary: "改")), HttpStatusCode.BadRequest, "不能再修改");
        (await worker.GetAsync($"/api/v1/socialwork/activities/{id}/files/1")).Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");

        (await worker.PostAsJsonAsync($"/api/v1/socialwork/activities/{id}/withdraw", new { reason = "活动实际由镇里组织" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => await Quantity(worker, "COMMUNITY_LECTURE") == before, "the retraction", seconds: 30);
    }

    [Fact]
    public async Task Bad_activities_and_evidence_are_refused_in_chinese_and_other_stations_and_colleagues_are_kept_out()
    {
        var worker = await Factory.ApiAsync("worker10");
        await ShouldBeRefused(await worker.PostAsJsonAsync("/api/v1/socialwork/activities", new { size = "medium", theme = "", date = Today, place = "活动室" }), HttpStatusCode.BadRequest, "请填写活动主题");
        await ShouldBeRefused(await worker.PostAsJsonAsync("/api/v1/socialwork/activities", Activity(size: "huge")), HttpStatusCode.BadRequest, "size");
        await ShouldBeRefused(await worker.PostAsJsonAsync("/api/v1/socialwork/activities", Activity(date: Today.AddYears(2))), HttpStatusCode.BadRequest, "活动日期应在前后一年之内");

        // Planned for next week, with everything at hand: still not countable before its day.
        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/activities", Activity(size: "large", date: Today.AddDays(7), summary: "预先写好的总结")));
        (await worker.PostAsync($"/api/v1/socialwork/activities/{id}/files", Evidence())).StatusCode.Should().Be(HttpStatusCode.Created);
        await ShouldBeRefused(await worker.PostAsync($"/api/v1/socialwork/activities/{id}/complete", null), HttpStatusCode.BadRequest, "未到");

        var fake = new MultipartFormDataContent { { new ByteArrayContent("不是扫描件"u8.ToArray()), "signIn", "签到.pdf" } };
        await ShouldBeRefused(await worker.PostAsync($"/api/v1/socialwork/activities/{id}/files", fake), HttpStatusCode.BadRequest, "“签到.pdf”不是图片或 PDF");
        (await worker.GetFromJsonAsync<ActivityView>($"/api/v1/socialwork/activities/{id}"))!.Files.Should().HaveCount(2);

        var colleague = await Factory.ApiAsync("worker09");
        await ShouldBeRefused(await colleague.PostAsync($"/api/v1/socialwork/activities/{id}/complete", null), HttpStatusCode.Forbidden, "只有负责的社工或项目主管");
        var stranger = await Factory.ApiAsync("worker01");
        (await stranger.GetAsync($"/api/v1/socialwork/activities/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/socialwork/activities/{id}/files/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/v1/socialwork/activities/{id}/files", Evidence())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/socialwork/activities/{id}/withdraw", new { reason = "不是我的" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await Factory.ApiAsync("bureau")).PostAsJsonAsync("/api/v1/socialwork/activities", Activity())).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task On_the_page_a_worker_records_an_activity_with_its_evidence_and_completes_it()
    {
        var browser = await Factory.BrowserAsync("worker12");
        var saved = await browser.PostMultipartAsync("/socialwork/activities/edit", new()
            {
                ["Input.Size"] = "Medium", ["Input.Theme"] = "重阳节敬老活动", ["Input.Date"] = Today.ToString("yyyy-MM-dd"), ["Input.Place"] = "村委会",
                ["Input.Participants"] = "52", ["Input.Summary"] = "为 30 位老人义剪、测血压。",
            },
            ("signIn", "签到表.png", Png()),
            ("photos", "合影.png", Png()));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var details = saved.Headers.Location!.OriginalString;
        (await browser.GetPageAsync(details)).QuerySelector("#state")!.TextContent.Should().Contain("材料齐全：完成后计入时长");
        (await browser.GetPageAsync("/socialwork/activities?pending=true")).QuerySelector("#activities")!.TextContent.Should().Contain("重阳节敬老活动", "not counted until completed");

        var completed = await browser.PostFormAsync(details + "?handler=Complete", []);
        completed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await browser.GetPageAsync(details);
        page.QuerySelector("#state")!.TextContent.Should().Contain("已完成，时长已计入");
        page.QuerySelectorAll("#files img").Should().HaveCount(2);
        (await browser.GetPageAsync("/socialwork/activities?pending=true")).Body!.TextContent.Should().NotContain("重阳节敬老活动", "an empty list shows what to do instead of rows");
    }
}

public sealed class SocialWorkActivityTestsOnSqlite(SqlitePlatform platform) : SocialWorkActivityTests<SqlitePlatform>(platform);

public sealed class SocialWorkActivityTestsOnPostgres(PostgresPlatform platform) : SocialWorkActivityTests<PostgresPlatform>(platform);
