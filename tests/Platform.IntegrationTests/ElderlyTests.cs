using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>The elderly plugin: visit credits, station denial, who may have a profile, urgent findings.</summary>
public abstract class ElderlyTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    internal static async Task<string> RegisterElderAsync(HttpClient worker, string name, int birthYear = 1945, string category = "ELDER_SPECIAL")
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(birthYear, 7, 9), male: false), sex = "female", address = "塘南镇西村 9 号", categories = new[] { category } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<(decimal Home, decimal Phone)> OutreachHours(HttpClient worker)
    {
        var me = (await worker.MeAsync()).Id;
        var rows = (await worker.LedgerSummaryAsync($"workerId={me}")).Rows;
        decimal Hours(string code) => rows.Where(r => r.Code == code).Select(r => r.StandardHours).SingleOrDefault();
        return (Hours("OUTREACH"), Hours("OUTREACH_PHONE"));
    }

    [Fact]
    public async Task The_same_withdrawal_eight_times_at_once_is_done_once_and_the_rest_are_told_409_in_chinese()
    {
        var worker = await Factory.ApiAsync("worker11");
        var elder = await RegisterElderAsync(worker, "并发撤回老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var visit = await (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-10), kind = "home", content = "并发测试。" })).CreatedIdAsync();
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => worker.PostAsJsonAsync($"/api/v1/elderly/visits/{visit}/withdraw", new { reason = "重复登记" })));
        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).Should().Be(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.NoContent).Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Conflict);
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            (await refused.Content.ReadAsStringAsync()).Should().MatchRegex("已经撤回|同时保存");
        }
    }

    [Fact]
    public async Task A_home_visit_credits_two_hours_a_phone_or_video_one_each_once_and_withdrawing_takes_it_back()
    {
        var worker = await Factory.ApiAsync("worker11");
        var elder = await RegisterElderAsync(worker, "计时测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" }, tier = "priority" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var (home, phone) = await OutreachHours(worker);
        var first = await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-40), kind = "home", content = "老人在家，精神好。", health = "血压正常" });
        first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-20), kind = "video", content = "视频通话。" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await ModuleData.WaitUntilAsync(async () => await OutreachHours(worker) == (home + 2, phone + 1), "the two credits");
        var view = (await worker.GetFromJsonAsync<ElderScheduleView>($"/api/v1/elderly/elders/{elder}"))!;
        view.Every.Should().Be("month");
        view.NextDue.Should().Be(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8).AddMinutes(-20)).AddMonths(1));

        var id = await first.CreatedIdAsync();
        (await worker.PostAsJsonAsync($"/api/v1/elderly/visits/{id}/withdraw", new { reason = "重复登记" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => await OutreachHours(worker) == (home, phone + 1), "the home visit's credit taken back");
    }

    [Fact]
    public async Task Another_stations_elder_answers_404_the_bureau_records_nothing_and_only_elders_of_60_with_the_category_have_a_profile()
    {
        var worker = await Factory.ApiAsync("worker13");
        var elder = await RegisterElderAsync(worker, "他站测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "emptyNest" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var other = await Factory.ApiAsync("worker02");
        (await other.GetAsync($"/api/v1/elderly/elders/{elder}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), kind = "home", content = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/elderly/elders/{elder}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), kind = "home", content = "x" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var young = await RegisterElderAsync(worker, "年轻测试", birthYear: 1980);
        (await (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{young}", new { situations = new[] { "emptyNest" } })).Content.ReadAsStringAsync()).Should().Contain("未满 60 周岁");
        var notSpecial = await RegisterElderAsync(worker, "普通老人", category: "DIBAO");
        (await (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{notSpecial}", new { situations = new[] { "emptyNest" } })).Content.ReadAsStringAsync()).Should().Contain("特殊困难老年人");
        (await (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = Array.Empty<string>() })).Content.ReadAsStringAsync()).Should().Contain("请至少选择一种特殊困难情形");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "rich" } })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_urgent_finding_tells_the_lead_at_once()
    {
        var worker = await Factory.ApiAsync("worker14");
        var elder = await RegisterElderAsync(worker, "紧急测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone", "advanced" }, tier = "high" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), kind = "home", content = "敲门无人应。", urgent = true }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "an urgent finding says what was found");
        (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-5), kind = "home", content = "老人摔倒在地，已叫 120。", safety = "摔倒，无法起身", urgent = true }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var lead = await Factory.ApiAsync("lead");
        await ModuleData.WaitUntilAsync(async () => (await lead.InboxAsync("紧急")).Any(n => n.Text.Contains("紧急测试老人")), "the lead's urgent notice");
        (await lead.InboxAsync("紧急")).Single(n => n.Text.Contains("紧急测试老人")).Text.Should().Contain("摔倒，无法起身");
    }
}

public sealed class ElderlyTestsOnSqlite(SqlitePlatform platform) : ElderlyTests<SqlitePlatform>(platform);

public sealed class ElderlyTestsOnPostgres(PostgresPlatform platform) : ElderlyTests<PostgresPlatform>(platform);
