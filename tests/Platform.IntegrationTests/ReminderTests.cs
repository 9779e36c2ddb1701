using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>
/// The reminder jobs with a fake clock (the platform's "today") and the real Quartz scheduler running them: each fires
/// on its day, once; the inbox is each person's own.
/// </summary>
public sealed class ReminderTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    /// <summary>09:00 in China on the day.</summary>
    private static DateTimeOffset Morning(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8));

    private static async Task<string> IdOf(HttpClient client) => (await client.MeAsync()).Id;

    [Fact]
    public async Task Certificate_warnings_come_90_30_and_7_days_before_the_deadline_and_weekly_after_it_each_once()
    {
        var clock = new TestClock(Morning(new DateOnly(2026, 3, 1)));
        await using var host = new PlatformFactory(_database, clock: clock);
        var worker01 = await IdOf(await host.ApiAsync("worker01"));
        (await (await host.ApiAsync("lead")).PutAsJsonAsync($"/api/v1/staff/workers/{worker01}/profile", new { hiredOn = "2025-05-31", certificate = "none" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        async Task<List<NoticeDto>> RunOn(DateOnly day)
        {
            clock.Set(Morning(day));
            await (await host.ApiAsync("admin")).RunJobAsync("staff", "certificate-reminders");
            return await (await host.ApiAsync("worker01")).InboxAsync("证书");
        }

        (await RunOn(new DateOnly(2026, 3, 1))).Should().BeEmpty("91 days before the deadline (2026-05-31) is not yet a warning day");
        (await RunOn(new DateOnly(2026, 3, 2))).Should().ContainSingle().Which.Text.Should().Contain("2026-05-31 前取得（还有 90 天）");
        (await RunOn(new DateOnly(2026, 3, 2))).Should().HaveCount(1, "a second run on the same day sends nothing");
        (await RunOn(new DateOnly(2026, 3, 3))).Should().HaveCount(1, "89 days is no new occasion");
        (await RunOn(new DateOnly(2026, 5, 1))).Should().HaveCount(2).And.Contain(n => n.Text.Contains("还有 30 天"));
        (await RunOn(new DateOnly(2026, 5, 24))).Should().HaveCount(3).And.Contain(n => n.Text.Contains("还有 7 天"));
        (await RunOn(new DateOnly(2026, 6, 1))).Should().HaveCount(4).And.Contain(n => n.Text.Contains("已超过入职一年的期限 1 天"));
        (await RunOn(new DateOnly(2026, 6, 5))).Should().HaveCount(4, "overdue reminders come weekly");
        var all = await RunOn(new DateOnly(2026, 6, 8));
        all.Should().HaveCount(5).And.Contain(n => n.Text.Contains("期限 8 天"));
        all.Should().OnlyContain(n => n.Link == $"/staff/compliance/worker/{worker01}");

        var lead = await host.ApiAsync("lead");
        (await lead.InboxAsync("证书")).Where(n => n.Text.StartsWith("王丽")).Should().HaveCount(5, "the project lead hears of each occasion too");

        // Each inbox is its owner's alone.
        var colleague = await host.ApiAsync("worker02");
        (await colleague.InboxAsync()).Should().NotContain(n => all.Select(a => a.Id).Contains(n.Id));
        (await colleague.PostAsync($"/api/v1/notifications/{all[0].Id}/read", null)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var owner = await host.ApiAsync("worker01");
        var unread = await owner.UnreadAsync();
        (await owner.PostAsync($"/api/v1/notifications/{all[0].Id}/read", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await owner.UnreadAsync()).Should().Be(unread - 1);
        (await (await host.ApiAsync("bureau")).GetAsync("/api/v1/notifications/jobs")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await owner.PostAsync("/api/v1/notifications/jobs/staff/certificate-reminders/run", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_supervision_shortfall_is_announced_on_the_25th_once()
    {
        // The demo gives every worker 2 hours on the 15th of each month, except 吴强 (worker10) this November.
        var clock = new TestClock(Morning(new DateOnly(2026, 11, 24)));
        await using var host = new PlatformFactory(_database, clock: clock);
        (await (await host.ApiAsync("admin")).RunJobAsync("staff", "supervision-reminders")).Result.Should().Be("无需提醒", "before the 25th the job looks at last month, which was complete");
        (await (await host.ApiAsync("worker10")).InboxAsync("督导")).Should().BeEmpty();

        clock.Set(Morning(new DateOnly(2026, 11, 25)));
        await (await host.ApiAsync("admin")).RunJobAsync("staff", "supervision-reminders");
        await (await host.ApiAsync("admin")).RunJobAsync("staff", "supervision-reminders");
        (await (await host.ApiAsync("worker10")).InboxAsync("督导")).Should().ContainSingle().Which.Text.Should().Contain("本月您接受督导 0 小时，还差 2 小时");
        (await (await host.ApiAsync("worker09")).InboxAsync("督导")).Should().BeEmpty("周婷 had her 2 hours");
        (await (await host.ApiAsync("lead")).InboxAsync("督导")).Should().ContainSingle().Which.Text.Should().Contain("2026年11月督导不足 2 小时的社工 1 名：吴强");
    }

    [Fact]
    public async Task Training_pace_is_announced_at_the_start_of_each_quarter_once()
    {
        // By 30 September 44.9 of the 60 hours are due; the demo's 杨帆 (worker06) stopped training after June.
        var clock = new TestClock(Morning(new DateOnly(2026, 10, 1)));
        await using var host = new PlatformFactory(_database, clock: clock);
        await (await host.ApiAsync("admin")).RunJobAsync("staff", "training-reminders");
        await (await host.ApiAsync("admin")).RunJobAsync("staff", "training-reminders");
        (await (await host.ApiAsync("worker06")).InboxAsync("培训")).Should().ContainSingle().Which.Text.Should().Contain("截至 2026-09-30，您今年的继续教育为 42 学时，按每年 60 学时的进度应有 44.9 学时，落后 2.9 学时");
        (await (await host.ApiAsync("worker02")).InboxAsync("培训")).Should().BeEmpty("陈静 has 52 hours");
        (await (await host.ApiAsync("lead")).InboxAsync("培训")).Should().ContainSingle().Which.Text.Should().Contain("杨帆（三江镇民政服务站）落后 2.9 学时");
    }

    [Fact]
    public async Task The_daily_digest_lists_follow_ups_due_today_or_overdue_once_a_day_until_the_client_is_visited_again()
    {
        var today = new DateOnly(2026, 11, 10);
        var clock = new TestClock(Morning(today));

        // Without the assistance module: its demo households' overdue reviews (ten of worker01's) come first and fill the
        // twelve lines the message shows, and this test reads the follow-up's line in it.
        await using var host = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:social-assistance:Enabled"] = "false" }, clock: clock);
        var worker = await host.ApiAsync("worker01");
        var registered = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "跟进测试甲", idNumber = TestIds.Make(new DateOnly(1950, 2, 3), male: true), sex = "male", address = "莲塘镇北街 8 号" });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var clientId = await registered.CreatedIdAsync();
        (await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { clientId }, kind = "home", visitedAt = Morning(today).AddHours(-1), content = "老人腿脚不便，约定今天电话回访。", followUpOn = today, followUpNote = "电话确认药是否买到" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        async Task<List<NoticeDto>> DigestOn(DateOnly day)
        {
            clock.Set(Morning(day));
            await (await host.ApiAsync("admin")).RunJobAsync("notifications", "daily-digest");
            return await (await host.ApiAsync("worker01")).InboxAsync("今日待办");
        }

        var first = await DigestOn(today);
        first.Should().ContainSingle().Which.Text.Should().Contain("探访跟进：跟进测试甲：电话确认药是否买到（今天）");
        (await DigestOn(today)).Should().HaveCount(1, "one digest a day");
        (await (await host.ApiAsync("worker01")).DueItemsAsync())
            .Should().Contain(i => i.Title.StartsWith("跟进测试甲"));

        var second = await DigestOn(today.AddDays(1));
        second.Should().HaveCount(2);
        second[0].Text.Should().Contain("跟进测试甲：电话确认药是否买到（逾期 1 天）");
        (await (await host.ApiAsync("worker02")).InboxAsync("今日待办")).Should().NotContain(n => n.Text.Contains("跟进测试甲"), "the digest goes to the worker who owes the follow-up");

        (await (await host.ApiAsync("worker01")).PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { clientId }, kind = "phone", visitedAt = Morning(today.AddDays(1)).AddMinutes(-30), content = "电话回访：药已买到。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await DigestOn(today.AddDays(2))).Where(n => second.All(s => s.Id != n.Id))
            .Should().NotContain(n => n.Text.Contains("跟进测试甲"), "visiting the person again settles the follow-up");
        (await (await host.ApiAsync("worker01")).DueItemsAsync())
            .Should().NotContain(i => i.Title.StartsWith("跟进测试甲"));
    }

    public void Dispose() => _database.Dispose();
}
