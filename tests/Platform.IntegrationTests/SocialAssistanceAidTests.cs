using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>临时救助 on both routes over time (a test clock): working-day limits shown and overdue flagged, the emergency papers, the same-cause warning, bad input, the bureau.</summary>
public abstract class SocialAssistanceAidTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    internal sealed record Taken(string Id, DateOnly DueOn, string? Warning);

    internal sealed record AidLine(string Id, string ClientId, string Route, string Stage, DateOnly DueOn, bool IsPending, int? WorkingDaysLeft, bool IsOverdue, bool? Granted, decimal? Amount);

    private static async Task<List<AidLine>> AidAsync(HttpClient client, bool pendingOnly = true) =>
        (await client.GetFromJsonAsync<List<AidLine>>($"/api/v1/social-assistance/aid?pendingOnly={pendingOnly}"))!;

    [Fact]
    public async Task Both_routes_count_working_days_the_same_cause_within_a_year_is_warned_and_the_stages_go_in_order()
    {
        var worker = await Factory.ApiAsync("worker11");
        var person = await SocialAssistanceTests<TPlatform>.RegisterAsync(worker, "临时救助申请人", "TEMP_AID");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        // Taken on a day: due 15 working days later (weekends skipped), the emergency papers 10.
        var normal = await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "normal", cause = "illness", situation = "户主突发疾病住院。", appliedOn = today });
        normal.StatusCode.Should().Be(HttpStatusCode.Created, await normal.Content.ReadAsStringAsync());
        var first = (await normal.Content.ReadFromJsonAsync<Taken>())!;
        first.Warning.Should().BeNull();
        first.DueOn.Should().Be(WorkingDaysAfter(today, 15));
        var emergency = (await (await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "emergency", cause = "fire", situation = "房屋失火。", appliedOn = today, amount = 1500, grantedBy = "镇民政办" })).Content.ReadFromJsonAsync<Taken>())!;
        emergency.DueOn.Should().Be(WorkingDaysAfter(today, 10));
        var again = (await (await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "normal", cause = "illness", situation = "再次住院。", appliedOn = today })).Content.ReadFromJsonAsync<Taken>())!;
        again.Warning.Should().Contain("同一事由").And.Contain("临时救助申请人").And.Contain(today.ToString("yyyy-MM-dd"));

        var lines = await AidAsync(worker);
        lines.Single(l => l.Id == first.Id).WorkingDaysLeft.Should().Be(15);
        lines.Single(l => l.Id == emergency.Id).Should().Match<AidLine>(l => l.Granted == true && l.Amount == 1500 && l.IsPending);

        var advance = $"/api/v1/social-assistance/aid/{first.Id}/advance";
        var skipped = await worker.PostAsJsonAsync(advance, new { stage = "publicised", on = today });
        skipped.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await skipped.Content.ReadAsStringAsync()).Should().Contain("下一步应是“入户调查”");
        (await worker.PostAsJsonAsync(advance, new { stage = "investigated", on = today })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync(advance, new { stage = "publicised", on = today })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var noAmount = await worker.PostAsJsonAsync(advance, new { stage = "decided", on = today, granted = true });
        noAmount.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noAmount.Content.ReadAsStringAsync()).Should().Contain("金额和审批机关");
        (await worker.PostAsJsonAsync(advance, new { stage = "decided", on = today, granted = true, amount = 3000, grantedBy = "区民政局" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/aid/{emergency.Id}/advance", new { papersComplete = true, on = today })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var pending = await AidAsync(worker);
        pending.Should().NotContain(l => l.Id == first.Id || l.Id == emergency.Id);
        (await AidAsync(worker, pendingOnly: false)).Single(l => l.Id == first.Id).Should().Match<AidLine>(l => l.Stage == "decided" && l.Amount == 3000);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_chinese_another_station_cannot_see_and_the_bureau_changes_nothing()
    {
        var worker = await Factory.ApiAsync("worker12");
        var person = await SocialAssistanceTests<TPlatform>.RegisterAsync(worker, "救助输入测试", "TEMP_AID");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        async Task<string> Refused(object body)
        {
            var response = await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", body);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            return await response.Content.ReadAsStringAsync();
        }

        (await Refused(new { clientId = person, route = "normal", cause = "lottery", situation = "x", appliedOn = today })).Should().Contain("请从列表中选择救助事由");
        (await Refused(new { clientId = person, route = "emergency", cause = "fire", situation = "x", appliedOn = today })).Should().Contain("先行救助的金额和批准人");
        (await Refused(new { clientId = person, route = "normal", cause = "fire", situation = "x", appliedOn = today.AddDays(1) })).Should().Contain("不能晚于今天");
        (await Refused(new { clientId = person, route = "normal", cause = "fire", appliedOn = today })).Should().Contain("请写明困难情况");
        (await Refused(new { clientId = person, route = 1, cause = "fire", situation = "x", appliedOn = today })).Should().NotBeEmpty();
        (await AidAsync(worker, pendingOnly: false)).Should().NotContain(l => l.ClientId == person, "nothing refused was written");

        var taken = (await (await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "normal", cause = "medical", situation = "医疗费用。", appliedOn = today })).Content.ReadFromJsonAsync<Taken>())!;
        var other = await Factory.ApiAsync("worker01");
        (await AidAsync(other, pendingOnly: false)).Should().NotContain(l => l.Id == taken.Id);
        (await other.PostAsJsonAsync($"/api/v1/social-assistance/aid/{taken.Id}/advance", new { stage = "investigated", on = today })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "normal", cause = "medical", situation = "x", appliedOn = today })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bureau = await Factory.ApiAsync("bureau");
        (await AidAsync(bureau, pendingOnly: false)).Should().Contain(l => l.Id == taken.Id);
        (await bureau.PostAsJsonAsync($"/api/v1/social-assistance/aid/{taken.Id}/advance", new { stage = "investigated", on = today })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await AidAsync(worker)).Single(l => l.Id == taken.Id).Stage.Should().Be("accepted");
    }

    internal static DateOnly WorkingDaysAfter(DateOnly from, int days)
    {
        var day = from;
        for (var n = 0; n < days;)
        {
            day = day.AddDays(1);
            n += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }
}

public sealed class SocialAssistanceAidTestsOnSqlite(SqlitePlatform platform) : SocialAssistanceAidTests<SqlitePlatform>(platform);

public sealed class SocialAssistanceAidTestsOnPostgres(PostgresPlatform platform) : SocialAssistanceAidTests<PostgresPlatform>(platform);

/// <summary>临时救助 deadlines over a test clock: a Friday's application counted across weekends, flagged overdue the working day after, and in the digest.</summary>
public sealed class SocialAssistanceAidScheduleTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    private static DateTimeOffset At(DateOnly day, int hour = 9) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    [Fact]
    public async Task An_emergency_aid_on_a_friday_has_its_papers_due_ten_working_days_later_and_is_flagged_overdue_after()
    {
        var friday = new DateOnly(2026, 1, 30);
        var clock = new TestClock(At(friday));
        await using var host = new PlatformFactory(_database, clock: clock);
        var worker = await host.ApiAsync("worker07");
        var person = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "先行救助对象", "TEMP_AID");
        var taken = (await (await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "emergency", cause = "traffic", situation = "交通事故受伤。", appliedOn = friday, amount = 800, grantedBy = "镇民政办" }))
            .Content.ReadFromJsonAsync<SocialAssistanceAidTests<SqlitePlatform>.Taken>())!;
        taken.DueOn.Should().Be(new DateOnly(2026, 2, 13), "ten working days from a Friday skip two weekends");

        async Task<SocialAssistanceAidTests<SqlitePlatform>.AidLine> Line()
        {
            worker = await host.ApiAsync("worker07");
            return (await worker.GetFromJsonAsync<List<SocialAssistanceAidTests<SqlitePlatform>.AidLine>>("/api/v1/social-assistance/aid"))!.Single(l => l.Id == taken.Id);
        }

        clock.Set(At(new DateOnly(2026, 2, 13)));
        (await Line()).Should().Match<SocialAssistanceAidTests<SqlitePlatform>.AidLine>(l => l.WorkingDaysLeft == 0 && !l.IsOverdue);
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "social-assistance" && i.Title.Contains("先行救助对象") && i.Title.Contains("补齐材料"));
        clock.Set(At(new DateOnly(2026, 2, 16)));
        (await Line()).Should().Match<SocialAssistanceAidTests<SqlitePlatform>.AidLine>(l => l.WorkingDaysLeft == -1 && l.IsOverdue, "Saturday 14 February is worked (调休) and the Spring Festival holiday follows");
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/aid/{taken.Id}/advance", new { papersComplete = true, on = new DateOnly(2026, 2, 16) })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.DueItemsAsync()).Should().NotContain(i => i.Title.Contains("先行救助对象"));
    }

    [Fact]
    public async Task Working_days_skip_the_national_day_holiday_and_count_its_调休_saturday()
    {
        var monday = new DateOnly(2026, 9, 28);
        var clock = new TestClock(At(monday));
        await using var host = new PlatformFactory(_database, clock: clock);
        var worker = await host.ApiAsync("worker09");
        var person = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "节假日救助对象", "TEMP_AID");

        // 29, 30 September; 1–7 October off; 8, 9, Saturday 10 (调休), 12–16, 19–23 October.
        var normal = (await (await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "normal", cause = "illness", situation = "突发疾病住院。", appliedOn = monday }))
            .Content.ReadFromJsonAsync<SocialAssistanceAidTests<SqlitePlatform>.Taken>())!;
        normal.DueOn.Should().Be(new DateOnly(2026, 10, 23), "15 working days across the holiday (Monday to Friday alone would give 19 October)");
        var emergency = (await (await worker.PostAsJsonAsync("/api/v1/social-assistance/aid", new { clientId = person, route = "emergency", cause = "fire", situation = "房屋失火。", appliedOn = monday, amount = 1000, grantedBy = "镇民政办" }))
            .Content.ReadFromJsonAsync<SocialAssistanceAidTests<SqlitePlatform>.Taken>())!;
        emergency.DueOn.Should().Be(new DateOnly(2026, 10, 16));

        clock.Set(At(new DateOnly(2026, 10, 8)));
        worker = await host.ApiAsync("worker09");
        var lines = (await worker.GetFromJsonAsync<List<SocialAssistanceAidTests<SqlitePlatform>.AidLine>>("/api/v1/social-assistance/aid"))!;
        lines.Single(l => l.Id == emergency.Id).WorkingDaysLeft.Should().Be(7, "9, 10 (调休) and 12–16 October");
        lines.Single(l => l.Id == normal.Id).WorkingDaysLeft.Should().Be(12);
        (await worker.GetStringAsync("/api/v1/social-assistance/rules")).Should().Contain("国务院办公厅关于 2026 年部分节假日安排的通知");
    }

    public void Dispose() => _database.Dispose();
}
