using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>
/// Reminders across host restarts, host instances and SMTP: a trigger missed while the host was down fires once on
/// start; two instances on one PostgreSQL send it once; e-mail crosses real SMTP and a refused one is retried.
/// </summary>
public sealed class ReminderDeliveryTests
{
    private static DateTimeOffset At(DateOnly day, int hour, int minute, int second = 0) => new(day.ToDateTime(new TimeOnly(hour, minute, second)), TimeSpan.FromHours(8));

    /// <summary>
    /// The assistance module switched off: its demo households' overdue reviews come before a follow-up due today and
    /// fill the twelve lines of worker01's digest, where these tests look for the follow-up they recorded.
    /// </summary>
    private const string WithoutAssistance = "Platform:Modules:social-assistance:Enabled";

    private static async Task<string> IdOf(HttpClient client) => (await client.MeAsync()).Id;

    /// <summary>worker01 visits a new client today and promises to follow up today: the digest has something to say.</summary>
    private static async Task FollowUpDueTodayAsync(PlatformFactory host, TestClock clock, string name)
    {
        var worker = await host.ApiAsync("worker01");
        var registered = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(1948, 6, 1), male: false), sex = "female", address = "莲塘镇南街 2 号" });
        registered.StatusCode.Should().Be(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
        var clientId = await registered.CreatedIdAsync();
        var now = clock.GetUtcNow();
        (await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { clientId }, kind = "home", visitedAt = now.AddMinutes(-30), content = "约定今天再电话询问。", followUpOn = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime) }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    private sealed record JobView(string Group, string Name, DateTime? NextFire);

    private sealed record MailProblemLine(string To, int Attempts, string? LastError);

    private static async Task<List<MailProblemLine>> MailProblemsAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<List<MailProblemLine>>("/api/v1/notifications/mail-problems"))!;

    /// <summary>
    /// Waits until the digest's trigger has moved past <paramref name="fired"/> and every outbox is delivered: from then on
    /// no instance can fire that moment again, and whatever a run sent has arrived, so a second digest would be there.
    /// </summary>
    private static async Task DigestTriggerMovedPastAsync(PlatformFactory host, DateTimeOffset fired)
    {
        var admin = await host.ApiAsync("admin");
        await ModuleData.WaitUntilAsync(
            async () => (await admin.GetFromJsonAsync<List<JobView>>("/api/v1/notifications/jobs"))!.Single(j => j.Group == "notifications" && j.Name == "daily-digest").NextFire > fired.UtcDateTime,
            "the digest's trigger to move past the fire",
            30);
        await host.OutboxesDeliveredAsync();
    }

    private static async Task WaitForClockAsync(TestClock clock, DateTimeOffset moment)
    {
        var wait = moment - clock.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    [Fact]
    public async Task A_digest_missed_while_the_host_was_down_is_sent_once_when_it_starts_again()
    {
        // A database of its own, not a copy of the run's demo district: on a copy, whose Quartz store already holds the
        // digest's trigger from the seeding host, the missed fire was not caught up. The clock starts well before the
        // trigger, however long the host takes to start, and is moved to just before it once the host is up.
        using var database = PlatformDatabase.Create(DatabaseProvider.Sqlite);
        var day = new DateOnly(2026, 11, 16);
        var clock = new TestClock(At(day, 6, 30));
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Jobs:notifications:daily-digest:Cron"] = "40 0 7 * * ?",
            ["Platform:Scheduler:MisfireThresholdSeconds"] = "1",
            [WithoutAssistance] = "false",
        };

        // The first host stores the schedule (07:00:40) but its scheduler never runs: it stands for a host that is down then.
        await using (var down = new PlatformFactory(database, new Dictionary<string, string?>(settings) { ["Platform:Scheduler:AutoStart"] = "false" }, clock: clock))
        {
            await FollowUpDueTodayAsync(down, clock, "补发测试乙");
            clock.GetUtcNow().Should().BeBefore(At(day, 7, 0, 30), "the host is up before the trigger time");
            clock.Set(At(day, 7, 0, 30));
            await WaitForClockAsync(clock, At(day, 7, 0, 43));
            (await (await down.ApiAsync("worker01")).InboxAsync("今日待办")).Should().BeEmpty();
        }

        await using var up = new PlatformFactory(database, settings, clock: clock);
        var worker = await up.ApiAsync("worker01");
        await ModuleData.WaitUntilAsync(async () => (await worker.InboxAsync("今日待办")).Count > 0, "the missed digest", 30);
        await DigestTriggerMovedPastAsync(up, At(day, 7, 0, 40));
        (await worker.InboxAsync("今日待办")).Should().ContainSingle().Which.Text.Should().Contain("补发测试乙");
        var runs = await (await up.ApiAsync("admin")).JobRunsAsync("notifications", "daily-digest");
        runs.Should().ContainSingle("the missed fire runs once, not once per missed second or on every check");
    }

    [Fact]
    public async Task Two_hosts_on_one_PostgreSQL_send_the_digest_once()
    {
        using var database = PlatformDatabase.Create(DatabaseProvider.Postgres);
        var day = new DateOnly(2026, 11, 17);
        // Well before the trigger, however long two hosts take to start; moved to just before it once both are up.
        var clock = new TestClock(At(day, 6, 30));
        var settings = new Dictionary<string, string?> { ["Platform:Jobs:notifications:daily-digest:Cron"] = "50 0 7 * * ?", [WithoutAssistance] = "false" };
        await using var first = new PlatformFactory(database, settings, clock: clock);
        await FollowUpDueTodayAsync(first, clock, "集群测试丙");
        await using var second = new PlatformFactory(database, settings, clock: clock);
        (await second.ApiAsync("worker02")).Should().NotBeNull();
        clock.GetUtcNow().Should().BeBefore(At(day, 7, 0, 40), "both hosts are up before the trigger time");
        clock.Set(At(day, 7, 0, 40));

        await WaitForClockAsync(clock, At(day, 7, 0, 50));
        var worker = await second.ApiAsync("worker01");
        await ModuleData.WaitUntilAsync(async () => (await worker.InboxAsync("今日待办")).Count > 0, "the digest", 30);
        await DigestTriggerMovedPastAsync(first, At(day, 7, 0, 50));
        await DigestTriggerMovedPastAsync(second, At(day, 7, 0, 50));
        (await worker.InboxAsync("今日待办")).Should().ContainSingle().Which.Text.Should().Contain("集群测试丙");
        (await (await first.ApiAsync("admin")).JobRunsAsync("notifications", "daily-digest")).Should().ContainSingle("the clustered store gives each fire to one instance");
    }

    [Fact]
    public async Task An_email_crosses_SMTP_and_a_refused_one_is_retried_and_shown_to_the_administrator()
    {
        using var database = await PlatformDatabase.DemoDistrictAsync(DatabaseProvider.Sqlite);
        using var smtp = new SmtpInbox();
        var today = new DateOnly(2026, 9, 1);
        var clock = new TestClock(At(today, 9, 0));
        // The refused send is this test's subject, asserted below: its warning is not a result for the log.
        await using var host = new PlatformFactory(database, new Dictionary<string, string?>(smtp.Settings) { ["Logging:LogLevel:Platform.Modules.Notifications.Mail"] = "Error" }, clock: clock);
        var worker = await host.ApiAsync("worker01");

        (await worker.PutAsJsonAsync("/api/v1/notifications/settings", new { byEmail = true })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await (await worker.PutAsJsonAsync("/api/v1/notifications/settings", new { email = "不是邮箱", byEmail = true })).Content.ReadAsStringAsync()).Should().Contain("邮箱地址格式不正确");
        (await worker.PutAsJsonAsync("/api/v1/notifications/settings", new { email = "wangli@test.local", byEmail = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var workerId = await IdOf(worker);
        (await (await host.ApiAsync("lead")).PutAsJsonAsync($"/api/v1/staff/workers/{workerId}/profile", new { hiredOn = today.AddDays(30).AddYears(-1), certificate = "none" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        smtp.RefuseNext(1);
        await (await host.ApiAsync("admin")).RunJobAsync("staff", "certificate-reminders");
        (await worker.InboxAsync("证书")).Should().ContainSingle("the inbox does not wait for e-mail");
        var admin = await host.ApiAsync("admin");
        await ModuleData.WaitUntilAsync(async () => (await MailProblemsAsync(admin)).Count > 0, "the refusal to be recorded", 20);
        var problem = (await MailProblemsAsync(admin))[0];
        problem.To.Should().Be("wangli@test.local");
        problem.Attempts.Should().Be(1);
        problem.LastError.Should().Contain("发送失败").And.Contain("mailbox busy");
        smtp.Messages.Should().BeEmpty();
        smtp.Refused.Should().Be(1);
        (await (await host.BrowserAsync("admin")).GetPageAsync("/notifications/jobs")).QuerySelector("#mail-problems")!.TextContent.Should().Contain("wangli@test.local");

        // The back-off is a minute after the first failure: two minutes on, the scheduled sender tries again.
        clock.Set(clock.GetUtcNow().AddMinutes(2));
        await admin.RunJobAsync("notifications", "mail-delivery");
        await ModuleData.WaitUntilAsync(() => Task.FromResult(smtp.Messages.Count > 0), "the retried e-mail", 20);
        var mail = smtp.Messages.Should().ContainSingle().Subject;
        mail.To.Mailboxes.Single().Address.Should().Be("wangli@test.local");
        mail.Subject.Should().Be("【民政服务站】证书：您尚未取得社会工作者职业资格证书，须在 2026-10-01 前取得（还有 30 天）。");
        mail.TextBody.Should().Contain($"查看：https://mz.test.local/staff/compliance/worker/{workerId}");
        (await MailProblemsAsync(admin)).Count.Should().Be(0);

        await admin.RunJobAsync("notifications", "mail-delivery");
        smtp.Messages.Should().HaveCount(1, "a sent e-mail is not sent again");
    }
}
