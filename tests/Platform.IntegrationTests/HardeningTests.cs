using System.Net;
using System.Net.Http.Json;
using System.Text;
using Platform.IntegrationTests.Support;
using SkiaSharp;

namespace Platform.IntegrationTests;

/// <summary>
/// What a hostile probe of the demo found: enum fields taking numbers, the category filter failing, the framework's
/// English refusals, numbered records given one number twice when saved at once, pages open to framing and inline
/// script, uploads served byte for byte as whatever they claimed, image bombs, and formulas in exports.
/// </summary>
public abstract class HardeningTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private sealed record Problem(string Title, int Status);

    private sealed record CategoryRow(string Code);

    private sealed record ClientWithCategories(string Name, List<CategoryRow> Categories);

    private sealed record SessionLine(int Number);

    private sealed record GroupView(List<SessionLine> Sessions);

    private sealed record DocumentLine(string Kind);

    private sealed record CaseView(List<DocumentLine> Documents);

    private static async Task<string> CreatedId(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    [Fact]
    public async Task An_enum_takes_its_names_only_and_a_refused_number_stores_nothing()
    {
        var worker = await Factory.ApiAsync("worker05");
        var before = (await worker.GetFromJsonAsync<ListPage<object>>("/api/v1/socialwork/activities"))!.Total;
        foreach (var size in new object[] { 99, "99", 1, "enormous" })
        {
            var refused = await worker.PostAsJsonAsync("/api/v1/socialwork/activities", new { size, theme = "数字规模", date = Today, place = "活动室" });
            refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"size {size} is not one of large, medium, lecture");
            (await refused.ErrorsAsync()).Should().ContainKey("size");
        }

        var browser = await Factory.BrowserAsync("worker05");
        var page = await browser.PostFormAsync("/socialwork/activities/edit", new()
        {
            ["Input.Size"] = "99", ["Input.Theme"] = "表单数字规模", ["Input.Date"] = Today.ToString("yyyy-MM-dd"), ["Input.Place"] = "村委会",
        });
        page.StatusCode.Should().Be(HttpStatusCode.OK, "the form is shown again with the message");
        (await page.Content.ReadAsStringAsync()).Should().Contain("“99”无法识别");

        var list = await worker.GetAsync("/api/v1/socialwork/activities");
        list.StatusCode.Should().Be(HttpStatusCode.OK);
        (await list.Content.ReadFromJsonAsync<ListPage<object>>())!.Total.Should().Be(before, "nothing refused was stored");
        (await browser.GetAsync("/socialwork/activities")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_category_filter_answers_every_role_with_holders_of_that_category()
    {
        foreach (var role in new[] { "lead", "bureau", "admin", "worker01" })
        {
            var caller = await Factory.ApiAsync(role);
            var found = await caller.GetAsync("/api/v1/registry/clients?category=DIBAO&pageSize=50");
            found.StatusCode.Should().Be(HttpStatusCode.OK, $"{role}: {await found.Content.ReadAsStringAsync()}");
            var page = (await found.Content.ReadFromJsonAsync<ListPage<ClientWithCategories>>())!;
            page.Items.Should().NotBeEmpty($"the demo district has 低保 holders that {role} may see");
            page.Items.Should().OnlyContain(c => c.Categories.Any(h => h.Code == "DIBAO"));
            page.Items.Select(c => c.Name).Should().HaveCount(page.Items.Count);

            var export = await caller.GetAsync("/api/v1/registry/clients/export?category=DIBAO");
            export.StatusCode.Should().Be(HttpStatusCode.OK, role);
            export.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }

    [Fact]
    public async Task Refusals_the_framework_writes_are_problems_titled_in_chinese()
    {
        var anonymous = Factory.Anonymous();
        var worker = await Factory.ApiAsync("worker01");
        var cases = new (HttpResponseMessage Response, HttpStatusCode Status)[]
        {
            (await anonymous.GetAsync("/api/v1/registry/clients"), HttpStatusCode.Unauthorized),
            (await worker.GetAsync("/api/v1/no-such-thing"), HttpStatusCode.NotFound),
            (await worker.DeleteAsync("/api/v1/modules"), HttpStatusCode.MethodNotAllowed),
            (await worker.PostAsync("/api/v1/socialwork/activities", new StringContent("size=large", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType),
        };
        foreach (var (response, status) in cases)
        {
            response.StatusCode.Should().Be(status);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = (await response.Content.ReadFromJsonAsync<Problem>())!;
            problem.Status.Should().Be((int)status);
            problem.Title.Should().MatchRegex(@"\p{IsCJKUnifiedIdeographs}", $"{status} is titled in Chinese, not \"{problem.Title}\"");
        }
    }

    [Fact]
    public async Task Sessions_posted_at_once_get_one_number_each_and_the_group_still_completes()
    {
        var worker = await Factory.ApiAsync("worker06");
        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/groups", new
        {
            name = "同时登记小组", target = "独居老人", plan = "目标：互助。方法：小组工作。",
            plannedSessions = new[] { "一", "二", "三", "四", "五", "六" },
            members = Enumerable.Range(1, 8).Select(i => new { name = $"组员{i}" }),
        }));

        var session = new { date = Today.AddDays(-1), topic = "同时登记", processRecord = "全员出席，分享近况。", attendance = Enumerable.Range(1, 8) };
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => worker.PostAsJsonAsync($"/api/v1/socialwork/groups/{id}/sessions", session)));
        answers.Select(a => a.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            (await conflict.Content.ReadFromJsonAsync<Problem>())!.Title.Should().Contain("同时保存");
        }

        var saved = answers.Count(a => a.StatusCode == HttpStatusCode.Created);
        var numbers = (await worker.GetFromJsonAsync<GroupView>($"/api/v1/socialwork/groups/{id}"))!.Sessions.Select(s => s.Number);
        numbers.Should().BeEquivalentTo(Enumerable.Range(1, saved), "every acknowledged session has its own number, none is skipped");

        for (var next = saved; next < 6; next++)
        {
            (await worker.PostAsJsonAsync($"/api/v1/socialwork/groups/{id}/sessions", session)).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        (await worker.PostAsJsonAsync($"/api/v1/socialwork/groups/{id}/complete", new { summary = "组员建立了互助关系。" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_case_plan_written_eight_times_at_once_is_one_plan()
    {
        var worker = await Factory.ApiAsync("worker07");
        var client = await CreatedId(await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "同时计划", idNumber = TestIds.Make(new DateOnly(1952, 3, 3), male: true), sex = "male", address = "镇上" }));
        var id = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today.AddDays(-10), intake = "探访发现：独居，情绪低落。" }));
        (await worker.PostAsJsonAsync($"/api/v1/socialwork/cases/{id}/documents", new { kind = "assessment", date = Today.AddDays(-9), content = "需求：情绪支持。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var plans = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => worker.PostAsJsonAsync(
            $"/api/v1/socialwork/cases/{id}/documents", new { kind = "plan", date = Today.AddDays(-8), content = $"目标 {i}", extra = "每周会谈一次。" })));
        plans.Select(a => a.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Created || s == HttpStatusCode.Conflict);
        (await worker.GetFromJsonAsync<CaseView>($"/api/v1/socialwork/cases/{id}"))!.Documents.Count(d => d.Kind == "plan").Should().Be(1);
    }

    [Fact]
    public async Task Every_page_forbids_inline_script_and_framing_and_no_page_needs_either()
    {
        var browser = await Factory.BrowserAsync("worker01");
        foreach (var url in new[] { "/account/login", "/", "/ledger/progress", "/socialwork/visits", "/error/404" })
        {
            var answer = await browser.GetAsync(url);
            answer.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self';").And.Contain("frame-ancestors 'none'");
            answer.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
            answer.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
            answer.Headers.GetValues("Referrer-Policy").Single().Should().Be("same-origin");
            var page = await browser.GetPageAsync(url);
            page.QuerySelectorAll("script:not([src])").Should().BeEmpty($"{url} would be broken by the policy");
            page.QuerySelectorAll("[onclick],[onchange],[onsubmit],[onload]").Should().BeEmpty(url);
        }

        var api = await (await Factory.ApiAsync("worker01")).GetAsync("/api/v1/staff/me");
        api.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task An_upload_with_a_page_appended_is_shown_only_as_the_platforms_own_copy_and_an_image_bomb_is_refused()
    {
        var worker = await Factory.ApiAsync("worker08");
        var client = await CreatedId(await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "照片老人", idNumber = TestIds.Make(new DateOnly(1947, 7, 7), male: false), sex = "female", address = "镇上" }));
        var visit = await CreatedId(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new
        {
            clientIds = new[] { client }, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddHours(-1), content = "入户探访，老人身体尚可。",
        }));

        var polyglot = Png(40, 30).Concat(Encoding.UTF8.GetBytes("<html><script>alert(document.cookie)</script></html>")).ToArray();
        (await worker.PostAsync($"/api/v1/socialwork/visits/{visit}/photos", Photos(("合影.png", polyglot)))).StatusCode.Should().Be(HttpStatusCode.Created);
        var shown = await worker.GetAsync($"/api/v1/socialwork/visits/{visit}/photos/1");
        shown.Content.Headers.ContentType!.MediaType.Should().Be("image/jpeg");
        shown.Content.Headers.ContentDisposition.Should().BeNull("the re-encoded copy is shown in place");
        Encoding.Latin1.GetString(await shown.Content.ReadAsByteArrayAsync()).Should().NotContain("<script>", "what a page shows was encoded by the platform");
        var original = await worker.GetAsync($"/api/v1/socialwork/visits/{visit}/photos/1?original=true");
        original.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment", "what a user sent is only ever downloaded");
        original.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");

        var bomb = await worker.PostAsync($"/api/v1/socialwork/visits/{visit}/photos", Photos(("大图.png", Png(5000, 4000))));
        bomb.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bomb.Content.ReadAsStringAsync()).Should().Contain("与文件大小不相称");
    }

    [Fact]
    public async Task A_formula_typed_into_a_description_leaves_the_export_as_text()
    {
        var worker = await Factory.ApiAsync("worker09");
        foreach (var description in new[] { "=HYPERLINK(\"http://example.com\",\"点我\")", "+1+1", "@SUM(1)", "-2+3" })
        {
            (await worker.PostAsJsonAsync("/api/v1/ledger/hours", new { date = Today, hours = 1, description })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var me = await worker.MeAsync();
        var csv = await worker.GetStringAsync($"/api/v1/ledger/entries.csv?workerId={me.Id}");
        csv.Should().Contain("\"'=HYPERLINK(").And.Contain(",'+1+1\r\n").And.Contain(",'@SUM(1)\r\n").And.Contain(",'-2+3\r\n");
        csv.Should().NotContainAny(",=HYPERLINK", ",\"=HYPERLINK", ",+1+1", ",@SUM", ",-2+3");
        csv.Should().StartWith("日期,站点,社工,服务内容,").And.NotContain(me.Id, "the file names people and services, as the xlsx does, not their ids");
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
}

public sealed class HardeningTestsOnSqlite(SqlitePlatform platform) : HardeningTests<SqlitePlatform>(platform);

public sealed class HardeningTestsOnPostgres(PostgresPlatform platform) : HardeningTests<PostgresPlatform>(platform);
