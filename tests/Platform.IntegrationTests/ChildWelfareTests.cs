using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>The child-welfare plugin: computed care status, visit credits, station denial, mandatory report, due list.</summary>
public abstract class ChildWelfareTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record ChildStatus(string Status);

    private static readonly string[] Situations = ["present", "deceased", "declaredMissing", "severeDisability", "seriousIllness", "imprisoned", "compulsoryRehab", "otherRestriction", "lostContact"];

    /// <summary>The test's own reading of 民发〔2019〕62 号.</summary>
    private static string Expected(string father, string mother)
    {
        static bool Gone(string s) => s is "deceased" or "declaredMissing";
        static bool Unable(string s) => s is not "present" && !Gone(s);
        return Gone(father) && Gone(mother) ? "orphan"
            : (Gone(father) || Unable(father)) && (Gone(mother) || Unable(mother)) ? "deFactoUnsupported"
            : "parentCare";
    }

    internal static async Task<string> RegisterChildAsync(HttpClient worker, string name, string category = "LEFT_BEHIND", int birthYear = 2016)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(birthYear, 3, 8), male: true), sex = "male", address = "莲塘镇东村 5 号", categories = new[] { category } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<decimal> ChildCareHours(HttpClient worker)
    {
        var me = (await worker.MeAsync()).Id;
        var rows = (await worker.LedgerSummaryAsync($"workerId={me}")).Rows;
        return rows.Where(r => r.Code == "CHILD_CARE").Select(r => r.StandardHours).SingleOrDefault();
    }

    /// <summary>Some minutes ago, but never before this month began in China (a run just after midnight on the 1st).</summary>
    private static DateTimeOffset ThisMonth(int minutesAgo)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset);
        var at = now.AddMinutes(-minutesAgo);
        return at > monthStart ? at : monthStart.AddSeconds(60 - minutesAgo);
    }

    private static object HomeVisit(DateTimeOffset? at = null, string kind = "home") => new
    {
        visitedAt = at ?? ThisMonth(50), kind, content = "孩子在家写作业，祖母在做饭。", livingConditions = "住房安全", guardianship = "祖母照料", schooling = "正常上学", health = "健康", safety = "无隐患", needs = "需要课外辅导",
    };

    [Fact]
    public async Task The_de_facto_unsupported_status_is_computed_from_both_parents_for_every_combination()
    {
        var worker = await Factory.ApiAsync("worker03");
        var child = await RegisterChildAsync(worker, "状态测试童", "DIFFICULT_CHILD");
        foreach (var father in Situations)
        {
            foreach (var mother in Situations)
            {
                var saved = await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new
                {
                    father, fatherEvidence = father == "present" ? null : "证明材料", fatherSince = father == "present" ? null : "2024-05-01",
                    mother, motherEvidence = mother == "present" ? null : "证明材料", motherSince = mother == "present" ? null : "2024-05-01",
                });
                saved.StatusCode.Should().Be(HttpStatusCode.NoContent, await saved.Content.ReadAsStringAsync());
                (await worker.GetFromJsonAsync<ChildStatus>($"/api/v1/child-welfare/children/{child}"))!.Status
                    .Should().Be(Expected(father, mother), $"father {father}, mother {mother}");
            }
        }

        var missingEvidence = await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { father = "imprisoned", mother = "present" });
        missingEvidence.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missingEvidence.Content.ReadAsStringAsync()).Should().Contain("父亲“服刑在押”须写明证明材料和起始日期");
    }

    [Fact]
    public async Task The_first_home_visit_of_a_month_credits_child_care_once_and_withdrawing_it_takes_the_credit_back()
    {
        var worker = await Factory.ApiAsync("worker05");
        var child = await RegisterChildAsync(worker, "计时测试童");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.ClientLinesAsync("/api/v1/child-welfare/due")).Should().Contain(c => c.ClientId == child);
        var before = await ChildCareHours(worker);

        var first = await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", HomeVisit());
        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var firstId = await first.CreatedIdAsync();
        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", HomeVisit(ThisMonth(10)))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", HomeVisit(kind: "phone"))).StatusCode.Should().Be(HttpStatusCode.Created);
        await ModuleData.WaitUntilAsync(async () => await ChildCareHours(worker) == before + 2, "one CHILD_CARE credit");

        // Every visit's message delivered: a wrong second credit would have reached the ledger by now.
        await Factory.OutboxesDeliveredAsync();
        (await ChildCareHours(worker)).Should().Be(before + 2, "a second home visit and a phone call the same month add nothing");
        (await worker.ClientLinesAsync("/api/v1/child-welfare/due")).Should().NotContain(c => c.ClientId == child);

        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/visits/{firstId}/withdraw", new { reason = "登记错了孩子" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => await ChildCareHours(worker) == before, "the credit taken back");
    }

    [Fact]
    public async Task A_child_of_another_station_answers_404_and_the_bureau_records_nothing()
    {
        var worker = await Factory.ApiAsync("worker07");
        var child = await RegisterChildAsync(worker, "他站测试童");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var other = await Factory.ApiAsync("worker01");
        (await other.GetAsync($"/api/v1/child-welfare/children/{child}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", HomeVisit())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = false })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.ClientLinesAsync("/api/v1/child-welfare/children")).Should().NotContain(c => c.ClientId == child);
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/child-welfare/children/{child}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", HomeVisit())).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var adult = await RegisterChildAsync(worker, "成年测试", birthYear: 2000);
        var refused = await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{adult}", new { isKeyChild = true });
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("已年满 18 周岁");
        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", HomeVisit(DateTimeOffset.UtcNow.AddHours(2)))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task On_the_page_a_care_visit_keeps_its_photos_and_a_file_that_is_no_photo_leaves_no_visit()
    {
        var worker = await Factory.ApiAsync("worker11");
        var child = await RegisterChildAsync(worker, "照片测试童");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var browser = await Factory.BrowserAsync("worker11");
        var url = $"/child-welfare/visits/create?clientId={child}";
        var fields = new Dictionary<string, string> { ["Input.VisitedAt"] = ThisMonth(30).ToString("yyyy-MM-ddTHH:mm"), ["Input.Kind"] = "Home", ["Input.Content"] = "带了照片的探视。" };
        var refused = await browser.PostMultipartAsync(url, new Dictionary<string, string>(fields) { ["Input.Content"] = "不该保存的探视。" }, ("photos", "假照片.jpg", "不是照片"u8.ToArray()));
        refused.StatusCode.Should().Be(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("“假照片.jpg”不是可识别的照片");

        var saved = await browser.PostMultipartAsync(url, fields, ("photos", "屋内.png", Png()), ("photos", "作业.png", Png()));
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var page = await browser.GetPageAsync(saved.Headers.Location!.OriginalString);
        page.QuerySelector("#visits")!.TextContent.Should().Contain("带了照片的探视").And.NotContain("不该保存的探视");
        var images = page.QuerySelectorAll("#visits .photos img").Select(i => i.GetAttribute("src")!).ToList();
        images.Should().HaveCount(2);
        var photo = await browser.GetAsync(saved.Headers.Location!.OriginalString + images[0]);
        photo.StatusCode.Should().Be(HttpStatusCode.OK);
        photo.Content.Headers.ContentType!.MediaType.Should().StartWith("image/");
        (await (await Factory.BrowserAsync("worker01")).GetAsync(saved.Headers.Location!.OriginalString + images[0])).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station sees no photo");
    }

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(40, 30);
        bitmap.Erase(SkiaSharp.SKColors.SteelBlue);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public async Task A_child_found_in_danger_needs_the_mandatory_report_and_the_lead_is_told_at_once()
    {
        var worker = await Factory.ApiAsync("worker09");
        var child = await RegisterChildAsync(worker, "报告测试童", "DIFFICULT_CHILD");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { risk = "high", riskReasons = "父亲酗酒" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var withoutReport = await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), kind = "home", content = "孩子手臂有新伤。", childInDanger = true });
        withoutReport.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await withoutReport.Content.ReadAsStringAsync()).Should().Contain("须立即报告");
        (await (await Factory.ApiAsync("lead")).InboxAsync("紧急")).Should().NotContain(n => n.Text.Contains("报告测试童"), "a refused visit tells no one");

        var reported = await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", new
        {
            visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), kind = "home", content = "孩子手臂有新伤，称被父亲打。", safety = "面临家庭暴力", childInDanger = true,
            report = new { reportedTo = new[] { "police", "civilAffairs" }, reportedAt = DateTimeOffset.UtcNow.AddMinutes(-10), reference = "110 接警 20261129-0815" },
        });
        reported.StatusCode.Should().Be(HttpStatusCode.Created, await reported.Content.ReadAsStringAsync());
        var lead = await Factory.ApiAsync("lead");
        await ModuleData.WaitUntilAsync(async () => (await lead.InboxAsync("紧急")).Any(n => n.Text.Contains("报告测试童")), "the lead's urgent notice");
        (await lead.InboxAsync("紧急")).Single(n => n.Text.Contains("报告测试童")).Text.Should().Contain("已向公安、民政报告（110 接警 20261129-0815）");
    }
}

public sealed class ChildWelfareTestsOnSqlite(SqlitePlatform platform) : ChildWelfareTests<SqlitePlatform>(platform);

public sealed class ChildWelfareTestsOnPostgres(PostgresPlatform platform) : ChildWelfareTests<PostgresPlatform>(platform);
