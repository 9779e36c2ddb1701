using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// The forms and details pages: destructive actions behind a confirmation, the duplicate-ID refusal at the station
/// that holds the person, a refused field told once, an elder visit's photos, 定时任务 in words, and the dashboard widgets' figures.
/// </summary>
public abstract class FormPagesTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    [Fact]
    public async Task Registering_a_person_again_at_the_station_that_holds_them_links_the_record_and_offers_no_transfer()
    {
        var idNumber = TestIds.Make(new DateOnly(1950, 4, 4), male: true);
        var held = await (await Factory.ApiAsync("worker05")).PostAsJsonAsync("/api/v1/registry/clients", new { name = "重号测试", idNumber, sex = "male", categories = new[] { "DIBAO" } });
        held.StatusCode.Should().Be(HttpStatusCode.Created, await held.Content.ReadAsStringAsync());
        var id = await held.CreatedIdAsync();
        var fields = new Dictionary<string, string> { ["Input.Name"] = "重号测试", ["Input.IdNumber"] = idNumber, ["Input.Sex"] = "Male", ["Input.Categories"] = "DIBAO" };

        var here = await (await Factory.BrowserAsync("worker06")).PostFormAsync("/registry/clients/register", fields);
        here.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = Parse(await here.Content.ReadAsStringAsync());
        page.Body!.TextContent.Should().Contain("此人已在本站登记").And.NotContain("转到本站");
        page.QuerySelector("#existing a")!.GetAttribute("href").Should().Be($"/registry/clients/details/{id}");

        var elsewhere = await (await Factory.BrowserAsync("worker07")).PostFormAsync("/registry/clients/register", fields);
        elsewhere.StatusCode.Should().Be(HttpStatusCode.OK);
        var other = Parse(await elsewhere.Content.ReadAsStringAsync());
        other.Body!.TextContent.Should().Contain("建档，不能重复登记").And.Contain("如需转到本站").And.NotContain("此人已在本站登记");
        other.QuerySelector("#existing").Should().BeNull("another station may not open the record");
    }

    [Fact]
    public async Task A_field_the_form_binding_and_the_request_both_refuse_is_told_once_and_nothing_is_saved()
    {
        var fields = new Dictionary<string, string> { ["Input.Kind"] = "Charity", ["Input.Name"] = "一次提示测试", ["Input.Offers"] = "助学", ["Input.ContactPhone"] = "电话", ["Input.IsActive"] = "true" };

        var response = await (await Factory.BrowserAsync("worker06")).PostFormAsync("/resources/edit", fields);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = Parse(await response.Content.ReadAsStringAsync());
        page.QuerySelectorAll(".validation-summary-errors li").Select(li => li.TextContent.Trim()).Should().Equal(["联系电话只能填数字（可带“-”），如 0791-86000000 或 13900000000。"], "the binding checked the annotation the request checks again: said once");
        var found = await (await Factory.ApiAsync("worker06")).GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>($"/api/v1/resources/directory?q={Uri.EscapeDataString("一次提示测试")}&withInactive=true");
        found!["rows"]!["total"]!.GetValue<int>().Should().Be(0, "nothing was saved");
    }

    [Fact]
    public async Task On_the_page_an_elder_visit_keeps_its_photos_and_a_file_that_is_no_photo_leaves_no_visit()
    {
        var worker = await Factory.ApiAsync("worker09");
        var elder = await ElderlyTests<TPlatform>.RegisterElderAsync(worker, "照片测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var browser = await Factory.BrowserAsync("worker09");
        var url = $"/elderly/visits/create?clientId={elder}";
        var at = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).AddMinutes(-20).ToString("yyyy-MM-ddTHH:mm");
        var fields = new Dictionary<string, string> { ["Input.VisitedAt"] = at, ["Input.Kind"] = "Home", ["Input.Content"] = "带了照片的探访。" };
        var refused = await browser.PostMultipartAsync(url, new Dictionary<string, string>(fields) { ["Input.Content"] = "不该保存的探访。" }, ("photos", "假照片.jpg", "不是照片"u8.ToArray()));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("“假照片.jpg”不是可识别的照片");

        var saved = await browser.PostMultipartAsync(url, fields, ("photos", "厨房.png", Png()), ("photos", "药盒.png", Png()));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var details = saved.Headers.Location!.OriginalString;
        var page = await browser.GetPageAsync(details);
        page.QuerySelector("#visits")!.TextContent.Should().Contain("带了照片的探访").And.NotContain("不该保存的探访");
        var images = page.QuerySelectorAll("#visits .photos img").Select(i => i.GetAttribute("src")!).ToList();
        images.Should().HaveCount(2);
        var photo = await browser.GetAsync(details + images[0]);
        photo.StatusCode.Should().Be(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.Should().StartWith("image/");
        (await (await Factory.BrowserAsync("worker01")).GetAsync(details + images[0])).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station sees no photo");
    }

    [Fact]
    public async Task Withdrawing_a_visit_and_archiving_a_client_are_asked_in_a_confirmation_with_the_reason_and_refused_without_one()
    {
        var worker = await Factory.ApiAsync("worker11");
        var elder = await ElderlyTests<TPlatform>.RegisterElderAsync(worker, "确认测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-10), kind = "home", content = "撤回确认测试。" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var browser = await Factory.BrowserAsync("worker11");

        var url = $"/elderly/elders/details/{elder}";
        var page = await browser.GetPageAsync(url);
        ConfirmedOnly(page, "Withdraw", "reason");
        var unreasoned = await SubmitAsync(browser, page.QuerySelector(".modal form")!, new() { ["reason"] = "" });
        unreasoned.StatusCode.Should().Be(HttpStatusCode.OK);
        (await unreasoned.Content.ReadAsStringAsync()).Should().Contain("请用 200 字以内说明撤回的原因");
        (await browser.GetPageAsync(url)).QuerySelector("#visits")!.TextContent.Should().NotContain("已撤回");

        var client = $"/registry/clients/details/{elder}";
        var clientPage = await browser.GetPageAsync(client);
        ConfirmedOnly(clientPage, "Archive", "Reason");
        (await SubmitAsync(browser, clientPage.QuerySelector("#archive form")!, new() { ["Reason"] = "" })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await browser.GetPageAsync(client)).QuerySelector("#archive").Should().NotBeNull("a refused archive leaves the client on the register");
    }

    /// <summary>Sends the form as the browser would (its own antiforgery token, to its action) with the fields given.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, AngleSharp.Dom.IElement form, Dictionary<string, string> fields)
    {
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(h => h.GetAttribute("name") is { } name && !body.ContainsKey(name)))
        {
            body[hidden.GetAttribute("name")!] = hidden.GetAttribute("value") ?? "";
        }

        return await browser.PostAsync(System.Net.WebUtility.HtmlDecode(form.GetAttribute("action")!), new FormUrlEncodedContent(body));
    }

    /// <summary>Every form of the handler sits in a Bootstrap modal opened by a button, and asks for the reason.</summary>
    private static void ConfirmedOnly(IHtmlDocument page, string handler, string reason)
    {
        var forms = page.QuerySelectorAll($"form[action*='handler={handler}']").ToList();
        forms.Should().NotBeEmpty();
        foreach (var form in forms)
        {
            var modal = form.Closest(".modal");
            modal.Should().NotBeNull($"the {handler} form is shown only in a confirmation");
            form.QuerySelector($"input[name={reason}]")!.HasAttribute("required").Should().BeTrue();
            page.QuerySelector($"[data-bs-toggle=modal][data-bs-target='#{modal!.Id}']").Should().NotBeNull();
        }
    }

    [Fact]
    public async Task Scheduled_jobs_are_named_and_scheduled_in_words_without_cron_strings()
    {
        var page = await (await Factory.BrowserAsync("admin")).GetPageAsync("/notifications/jobs");
        var jobs = page.QuerySelector("#jobs")!.TextContent;
        jobs.Should().Contain("每日待办").And.Contain("每天 07:30").And.Contain("每分钟").And.Contain("每 15 秒").And.Contain("每月 20 日 09:00").And.Contain("每年 1、4、7、10 月 1 日 09:00");
        jobs.Should().NotContain("daily-digest").And.NotContain("* * ?").And.NotContain("自定义计划");
    }

    [Fact]
    public async Task The_dashboard_widgets_show_the_figures_of_the_overview_tables_and_only_to_those_who_see_every_station()
    {
        var lead = await Factory.BrowserAsync("lead");
        var home = await (await lead.GetAsync("/")).Content.ReadAsStringAsync();
        home.Should().Contain("/child-welfare/widgets/key-children").And.Contain("/elderly/widgets/overdue");
        var worker = await Factory.BrowserAsync("worker01");
        (await (await worker.GetAsync("/")).Content.ReadAsStringAsync()).Should().NotContain("/child-welfare/widgets/key-children").And.NotContain("/elderly/widgets/overdue");
        (await worker.GetAsync("/child-welfare/widgets/key-children")).IsSuccessStatusCode.Should().BeFalse();

        var children = Rows(await lead.GetPageAsync("/child-welfare/children"), "#overview").Where(r => int.Parse(r[2]) > 0).ToDictionary(r => r[0], r => (Key: r[2], Visited: r[3], Owed: r[4]));
        var childWidget = await lead.GetPageAsync("/child-welfare/widgets/key-children");
        var childFigures = Rows(childWidget, "#key-children-figures").ToDictionary(r => r[0], r => (Key: r[1], Visited: r[2], Owed: r[3]));
        children.Should().NotBeEmpty();
        childFigures.Should().Equal(children);
        childWidget.QuerySelector("[data-echarts]")!.GetAttribute("data-echarts").Should().Contain("\"stack\":\"key\"");

        var elders = Rows(await lead.GetPageAsync("/elderly/elders"), "#overview").ToDictionary(r => r[0], r => (Elders: r[1], Visited: r[2], Overdue: r[4]));
        var elderFigures = Rows(await lead.GetPageAsync("/elderly/widgets/overdue"), "#overdue-figures").ToDictionary(r => r[0], r => (Elders: r[1], Visited: r[2], Overdue: r[3]));
        elders.Should().NotBeEmpty();
        elderFigures.Should().Equal(elders);
    }

    private static List<string[]> Rows(IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private static IHtmlDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 30);
        bitmap.Erase(SkiaSharp.SKColors.Olive);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }
}

public sealed class FormPagesTestsOnSqlite(SqlitePlatform platform) : FormPagesTests<SqlitePlatform>(platform);

public sealed class FormPagesTestsOnPostgres(PostgresPlatform platform) : FormPagesTests<PostgresPlatform>(platform);
