using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using SkiaSharp;

namespace Platform.IntegrationTests;

/// <summary>Outreach visits: credited per person through the outbox, on the timeline, needs into the archive; withdrawal; denials; bad input.</summary>
public abstract class SocialWorkVisitTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record NeedLine(string Description);

    private sealed record ClientNeeds(List<NeedLine> Needs);

    private sealed record VisitedClient(string ClientId);

    private sealed record VisitView(string Kind, List<VisitedClient> Clients, string Content, int Photos, bool IsWithdrawn, string? WithdrawReason);

    private static async Task<string> RegisterAsync(HttpClient worker, string name, DateOnly birth)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(birth, male: false), sex = "female", address = "幽兰镇东街 3 号" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<(decimal Quantity, decimal Hours)> LedgerRow(HttpClient worker, string code)
    {
        var me = await worker.MeAsync();
        var row = (await worker.LedgerSummaryAsync($"workerId={me.Id}")).Row(code);
        return (row.Quantity, row.StandardHours);
    }

    private static object Visit(string[] clientIds, string kind = "home", DateTimeOffset? at = null, string content = "老人精神尚可，屋内整洁；谈及子女很少回家。", object[]? needs = null) =>
        new { clientIds, kind, visitedAt = at ?? DateTimeOffset.UtcNow.AddHours(-2), content, needs = needs ?? [], followUpOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddDays(7)) };

    private static async Task<string> CreatedId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    private static MultipartFormDataContent Photos(params (string FileName, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (fileName, content) in files)
        {
            form.Add(new ByteArrayContent(content), "photos", fileName);
        }

        return form;
    }

    [Fact]
    public async Task A_list_answers_one_page_shape_and_a_page_past_the_end_reads_the_last_page()
    {
        var worker = await Factory.ApiAsync("worker12");
        var client = await RegisterAsync(worker, "分页测试老人", new DateOnly(1944, 2, 2));
        for (var i = 0; i < 3; i++)
        {
            (await worker.PostAsJsonAsync("/api/v1/socialwork/visits", Visit([client], "phone", DateTimeOffset.UtcNow.AddHours(-1 - i)))).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var first = (await worker.GetFromJsonAsync<OnePage>($"/api/v1/socialwork/visits?clientId={client}&pageSize=2"))!;
        (first.Items.Count, first.Total, first.Page, first.PageSize, first.PageCount).Should().Be((2, 3, 1, 2, 2));

        foreach (var (asked, read) in new[] { ("99", 2), ("0", 1), ("-3", 1) })
        {
            var page = (await worker.GetFromJsonAsync<OnePage>($"/api/v1/socialwork/visits?clientId={client}&pageSize=2&page={asked}"))!;
            page.Page.Should().Be(read, $"page={asked}");
            page.Items.Should().HaveCount(read == 2 ? 1 : 2, $"page={asked}");
        }
    }

    /// <summary>The one page shape every paged list answers (<c>Paged&lt;T&gt;</c>).</summary>
    private sealed record OnePage(List<object> Items, int Total, int Page, int PageSize, int PageCount);

    [Fact]
    public async Task A_home_visit_to_two_people_credits_two_home_visits_puts_it_on_both_timelines_and_its_need_in_the_archive()
    {
        var worker = await Factory.ApiAsync("worker11");
        var mother = await RegisterAsync(worker, "赵秀英", new DateOnly(1950, 5, 5));
        var daughter = await RegisterAsync(worker, "赵小红", new DateOnly(1985, 6, 6));
        await Factory.OutboxesDeliveredAsync(); // the demo's and the class's earlier credits to this worker land before the count
        var before = await LedgerRow(worker, "OUTREACH");

        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", Visit(
            [mother, daughter, mother],
            needs: [new { clientId = mother, kind = "medical", description = "腿脚不便，需要康复辅具", priority = "high" }])));

        await ModuleData.WaitUntilAsync(async () => (await LedgerRow(worker, "OUTREACH")).Quantity == before.Quantity + 2, "two home-visit credits", seconds: 30);
        (await LedgerRow(worker, "OUTREACH")).Hours.Should().Be(before.Hours + 4, "2 standard hours a person visited, from the catalogue");
        await ModuleData.WaitUntilAsync(
            async () => (await worker.GetFromJsonAsync<ClientNeeds>($"/api/v1/registry/clients/{mother}"))!.Needs.Any(n => n.Description == "腿脚不便，需要康复辅具"),
            "the need in the archive");
        foreach (var client in new[] { mother, daughter })
        {
            var timeline = await worker.TimelineAsync(client);
            timeline.Items.Should().Contain(e => e.Title == "入户探访" && e.Link == $"/socialwork/visits/details/{id}");
        }

        var visits = await worker.GetFromJsonAsync<ListPage<VisitView>>($"/api/v1/socialwork/visits?clientId={daughter}");
        var visit = visits!.Items.Single();
        visit.Clients.Should().HaveCount(2, "a client chosen twice is visited once");
        visit.Kind.Should().Be("home");

        var entries = await worker.LedgerEntriesAsync("indicator=OUTREACH&pageSize=100");
        entries.Where(e => e.SourceModule == "socialwork" && e.SourceId.StartsWith($"visit:{id}:"))
            .Should().HaveCount(2).And.AllSatisfy(e => e.Link.Should().Be($"/socialwork/visits/details/{id}"));
    }

    [Fact]
    public async Task A_phone_visit_counts_one_hour_and_a_withdrawn_visit_takes_its_credit_and_timeline_entry_back()
    {
        var worker = await Factory.ApiAsync("worker12");
        var colleague = await Factory.ApiAsync("worker11");
        var client = await RegisterAsync(worker, "孙桂芝", new DateOnly(1940, 1, 9));
        await Factory.OutboxesDeliveredAsync(); // the demo's and the class's earlier credits to this worker land before the count
        var before = await LedgerRow(worker, "OUTREACH_PHONE");
        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", Visit([client], kind: "phone", content: "电话询问近况，血压平稳。")));
        await ModuleData.WaitUntilAsync(async () => (await LedgerRow(worker, "OUTREACH_PHONE")).Quantity == before.Quantity + 1, "the phone-visit credit", seconds: 30);
        (await LedgerRow(worker, "OUTREACH_PHONE")).Hours.Should().Be(before.Hours + 1);

        (await colleague.PostAsJsonAsync($"/api/v1/socialwork/visits/{id}/withdraw", new { reason = "误登记" })).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only who recorded it, or the lead, withdraws a visit");
        (await worker.PostAsJsonAsync($"/api/v1/socialwork/visits/{id}/withdraw", new { reason = "" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await worker.PostAsJsonAsync($"/api/v1/socialwork/visits/{id}/withdraw", new { reason = "重复登记" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => (await LedgerRow(worker, "OUTREACH_PHONE")).Quantity == before.Quantity, "the retraction", seconds: 30);
        await ModuleData.WaitUntilAsync(
            async () => !(await worker.TimelineAsync(client)).Items.Any(e => e.Title == "电话探访"),
            "the timeline entry removed");
        var withdrawn = await worker.GetFromJsonAsync<VisitView>($"/api/v1/socialwork/visits/{id}");
        withdrawn!.IsWithdrawn.Should().BeTrue();
        withdrawn.WithdrawReason.Should().Be("重复登记");
        (await worker.PostAsJsonAsync($"/api/v1/socialwork/visits/{id}/withdraw", new { reason = "再次撤回" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_stations_client_or_visit_answers_404_and_the_bureau_records_nothing()
    {
        var owner = await Factory.ApiAsync("worker09");
        var client = await RegisterAsync(owner, "周玉兰", new DateOnly(1948, 8, 8));
        var id = await CreatedId(await owner.PostAsJsonAsync("/api/v1/socialwork/visits", Visit([client])));

        var stranger = await Factory.ApiAsync("worker01");
        var mine = (await stranger.GetFromJsonAsync<ListPage<VisitView>>("/api/v1/socialwork/visits"))!.Total;
        (await stranger.PostAsJsonAsync("/api/v1/socialwork/visits", Visit([client]))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/socialwork/visits?clientId={client}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/socialwork/visits/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/socialwork/visits/{id}/withdraw", new { reason = "不是我的" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await Factory.BrowserAsync("worker01")).GetAsync($"/socialwork/visits/details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetFromJsonAsync<ListPage<VisitView>>("/api/v1/socialwork/visits"))!.Total.Should().Be(mine);

        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.PostAsJsonAsync("/api/v1/socialwork/visits", Visit([client]))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.GetFromJsonAsync<VisitView>($"/api/v1/socialwork/visits/{id}"))!.Content.Should().NotBeEmpty("the bureau reads every station");
    }

    [Fact]
    public async Task Bad_visits_are_refused_with_a_chinese_reason_and_write_nothing()
    {
        var worker = await Factory.ApiAsync("worker10");
        var client = await RegisterAsync(worker, "吴翠花", new DateOnly(1952, 2, 2));
        async Task Refused(object body, string message)
        {
            var response = await worker.PostAsJsonAsync("/api/v1/socialwork/visits", body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Contain(message);
        }

        await Refused(Visit([client], at: DateTimeOffset.UtcNow.AddHours(3)), "探访时间不能晚于现在");
        await Refused(Visit([client], content: "   "), "请填写探访内容");
        await Refused(Visit([client], content: new string('很', 4001)), "探访内容不能超过 4000 字");
        await Refused(Visit([]), "请选择至少一名探访对象");
        await Refused(Visit([client], kind: "video"), "kind");
        await Refused(Visit([client], needs: [new { kind = "nonsense", description = "？" }]), "没有“nonsense”这种需求类型");
        await Refused(new { clientIds = new[] { client }, kind = "home", visitedAt = DateTimeOffset.UtcNow, content = "好", followUpOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)) }, "跟进日期不能早于探访日期");
        (await worker.GetFromJsonAsync<ListPage<VisitView>>($"/api/v1/socialwork/visits?clientId={client}"))!.Total.Should().Be(0);
        (await Factory.OutboxAsync("socialwork")).Should().NotContain(m => m.Payload.Contains(client), "a refused visit sends nothing");
    }

    [Fact]
    public async Task A_worker_records_a_visit_on_the_page_finding_the_client_by_name()
    {
        var api = await Factory.ApiAsync("worker13");
        var client = await RegisterAsync(api, "郑桂香", new DateOnly(1947, 4, 4));
        var browser = await Factory.BrowserAsync("worker13");
        var clientPage = await browser.GetPageAsync($"/registry/clients/details/{client}");
        clientPage.QuerySelectorAll("#client-actions a").Select(a => (a.TextContent, a.GetAttribute("href")))
            .Should().Equal(("登记探访", $"/socialwork/visits/create?clientId={client}"), ("探访记录", $"/socialwork/visits?clientId={client}"), ("接案", $"/socialwork/cases/create?clientId={client}"),
                ("临时救助申请", $"/social-assistance/aid/create?clientId={client}"), ("转介资源", $"/resources/referrals/create?clientId={client}"));
        var bureauPage = await (await Factory.BrowserAsync("bureau")).GetPageAsync($"/registry/clients/details/{client}");
        bureauPage.QuerySelectorAll("#client-actions a").Select(a => a.TextContent).Should().Equal(["探访记录"], "the bureau reads visits but records none");
        (await browser.GetPageAsync($"/socialwork/visits/create?clientId={client}")).QuerySelector($"#client-{client}")!.HasAttribute("checked").Should().BeTrue("the client of the page comes chosen");

        var form = await browser.GetPageAsync("/socialwork/visits/create?q=郑桂香");
        form.QuerySelector($"#client-{client}").Should().NotBeNull("the search offers the client");

        var saved = await browser.PostFormAsync("/socialwork/visits/create", new()
        {
            ["Input.ClientIds"] = client, ["Input.Kind"] = "Home", ["Input.VisitedAt"] = DateTime.UtcNow.AddHours(8).AddMinutes(-30).ToString("yyyy-MM-ddTHH:mm"),
            ["Input.Content"] = "送去冬季棉被，老人说夜里咳嗽。", ["Input.NeedKind"] = "medical", ["Input.NeedDescription"] = "夜间咳嗽需就医",
        });
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var details = await browser.GetPageAsync(saved.Headers.Location!.OriginalString);
        details.QuerySelector("#content")!.TextContent.Should().Contain("送去冬季棉被");
        details.QuerySelector("#needs")!.TextContent.Should().Contain("夜间咳嗽需就医");

        var empty = await browser.PostFormAsync("/socialwork/visits/create", new() { ["Input.ClientIds"] = client, ["Input.Kind"] = "Phone", ["Input.VisitedAt"] = "2026-01-01T10:00", ["Input.Content"] = "" });
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).Should().Contain("请填写探访内容");
    }
    [Fact]
    public async Task Photos_are_checked_by_content_kept_with_a_phone_sized_copy_and_shown_only_within_the_station()
    {
        var worker = await Factory.ApiAsync("worker14");
        var client = await RegisterAsync(worker, "冯巧云", new DateOnly(1949, 9, 9));
        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", Visit([client])));

        var added = await worker.PostAsync($"/api/v1/socialwork/visits/{id}/photos", Photos(("屋内.png", Png(3000, 2000))));
        added.StatusCode.Should().Be(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var view = await worker.GetAsync($"/api/v1/socialwork/visits/{id}/photos/1");
        view.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg");
        using (var shown = SKBitmap.Decode(await view.Content.ReadAsByteArrayAsync()))
        {
            (shown.Width, shown.Height).Should().Be((1280, 853), "the copy a phone is shown has its longest edge at 1,280 pixels");
        }

        var original = await worker.GetAsync($"/api/v1/socialwork/visits/{id}/photos/1?original=true");
        original.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        using (var kept = SKBitmap.Decode(await original.Content.ReadAsByteArrayAsync()))
        {
            kept.Width.Should().Be(3000);
        }

        async Task Refused(HttpContent photos, string message)
        {
            var response = await worker.PostAsync($"/api/v1/socialwork/visits/{id}/photos", photos);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.Content.ReadAsStringAsync()).Should().Contain(message);
        }

        await Refused(Photos(("伪装.jpg", "这不是图片"u8.ToArray())), "“伪装.jpg”不是可识别的照片");
        await Refused(Photos(("太大.png", new byte[(10 * 1024 * 1024) + 1])), "“太大.png”超过 10 MB");
        await Refused(Photos(Enumerable.Range(1, 9).Select(i => ($"{i}.png", Png(10, 10))).ToArray()), "最多保存 9 张照片（已有 1 张）");
        (await worker.GetFromJsonAsync<VisitView>($"/api/v1/socialwork/visits/{id}"))!.Photos.Should().Be(1, "a refused upload adds nothing");

        var stranger = await Factory.ApiAsync("worker01");
        (await stranger.GetAsync($"/api/v1/socialwork/visits/{id}/photos/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsync($"/api/v1/socialwork/visits/{id}/photos", Photos(("x.png", Png(10, 10))))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker.GetAsync($"/api/v1/socialwork/visits/{id}/photos/2")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task On_the_page_a_bad_photo_keeps_the_visit_from_being_saved_and_a_good_one_is_shown_with_it()
    {
        var api = await Factory.ApiAsync("worker14");
        var client = await RegisterAsync(api, "蒋月娥", new DateOnly(1951, 3, 3));
        var browser = await Factory.BrowserAsync("worker14");
        var url = $"/socialwork/visits/create?clientId={client}";
        var fields = new Dictionary<string, string>
        {
            ["Input.ClientIds"] = client, ["Input.Kind"] = "Home", ["Input.VisitedAt"] = DateTime.UtcNow.AddHours(8).AddMinutes(-10).ToString("yyyy-MM-ddTHH:mm"),
            ["Input.Content"] = "检查了家中燃气灶，已关闭阀门。",
        };

        var refused = await browser.PostMultipartAsync(url, fields, ("photos", "说明.txt", "文字"u8.ToArray()));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("“说明.txt”不是可识别的照片");
        (await api.GetFromJsonAsync<ListPage<VisitView>>($"/api/v1/socialwork/visits?clientId={client}"))!.Total.Should().Be(0);

        var saved = await browser.PostMultipartAsync(url, fields, ("photos", "燃气灶.png", Png(800, 600)));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var details = await browser.GetPageAsync(saved.Headers.Location!.OriginalString);
        var photo = details.QuerySelector("#photos img")!.GetAttribute("src")!;
        (await browser.GetAsync(photo)).Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg", "even a small photo is shown as the platform's own re-encoded copy");
    }
}

public sealed class SocialWorkVisitTestsOnSqlite(SqlitePlatform platform) : SocialWorkVisitTests<SqlitePlatform>(platform);

public sealed class SocialWorkVisitTestsOnPostgres(PostgresPlatform platform) : SocialWorkVisitTests<PostgresPlatform>(platform);
