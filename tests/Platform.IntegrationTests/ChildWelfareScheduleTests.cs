using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;
using Quartz;

namespace Platform.IntegrationTests;

/// <summary>The child-welfare plugin over time (a test clock) and switched off.</summary>
public sealed class ChildWelfareScheduleTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    private static DateTimeOffset At(DateOnly day, int hour = 9) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static async Task<bool> DueAsync(HttpClient worker, string child) =>
        (await worker.ClientLinesAsync("/api/v1/child-welfare/due")).Any(c => c.ClientId == child);

    /// <summary>For each station on the lead's 儿童关爱 overview that still owes key children a visit: whether it is drawn in red.</summary>
    private static async Task<IReadOnlyList<bool>> OwedInRedAsync(PlatformFactory host) =>
        (await (await host.BrowserAsync("lead")).GetPageAsync("/child-welfare/children")).QuerySelectorAll("#overview tbody tr")
            .Select(r => r.Children[4]).Where(cell => int.Parse(cell.TextContent) > 0).Select(cell => cell.ClassList.Contains("text-danger")).ToList();

    /// <summary>
    /// The assistance module switched off: its demo households' overdue reviews would fill the twelve lines of the
    /// worker's digest ahead of the line this test looks for.
    /// </summary>
    private static readonly Dictionary<string, string?> WithoutAssistance = new() { ["Platform:Modules:social-assistance:Enabled"] = "false" };

    [Fact]
    public async Task A_key_child_visited_on_the_last_day_of_a_month_is_due_again_on_the_first_and_the_20th_reminder_comes_once()
    {
        var clock = new TestClock(At(new DateOnly(2026, 1, 31)));
        await using var host = new PlatformFactory(_database, WithoutAssistance, clock: clock);
        var worker = await host.ApiAsync("worker01");
        var child = await ChildWelfareTests<SqlitePlatform>.RegisterChildAsync(worker, "跨月测试童");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await DueAsync(worker, child)).Should().BeTrue();
        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", new { visitedAt = At(new DateOnly(2026, 1, 31), 8), kind = "home", content = "月底探视。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await DueAsync(worker, child)).Should().BeFalse("visited this month");

        clock.Set(At(new DateOnly(2026, 2, 1)));
        worker = await host.ApiAsync("worker01");
        (await DueAsync(worker, child)).Should().BeTrue("a new month owes a new visit");
        (await OwedInRedAsync(host)).Should().NotBeEmpty().And.NotContain(true, "on the first of the month a visit not yet made is no news");
        await (await host.ApiAsync("admin")).RunJobAsync("notifications", "daily-digest");
        (await worker.InboxAsync("今日待办")).Should().ContainSingle().Which.Text.Should().Contain("儿童关爱探视：跨月测试童：本月尚未入户探视（2月28日前）");

        (await (await host.ApiAsync("admin")).RunJobAsync("child-welfare", "key-child-reminders")).Result.Should().Be("每月 20 日才提醒");
        clock.Set(At(new DateOnly(2026, 2, 20)));
        (await OwedInRedAsync(host)).Should().NotBeEmpty().And.NotContain(false, "from the reminder day on, a visit still owed is drawn in red");
        await (await host.ApiAsync("admin")).RunJobAsync("child-welfare", "key-child-reminders");
        await (await host.ApiAsync("admin")).RunJobAsync("child-welfare", "key-child-reminders");
        worker = await host.ApiAsync("worker01");
        (await worker.InboxAsync("儿童关爱")).Where(n => n.Text.Contains("跨月测试童")).Should().ContainSingle().Which.Text.Should().Contain("请在 2月28日 前完成");
        (await (await host.ApiAsync("lead")).InboxAsync("儿童关爱")).Should().ContainSingle().Which.Text.Should().Contain("跨月测试童");

        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", new { visitedAt = At(new DateOnly(2026, 2, 20), 8), kind = "home", content = "二月探视。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await DueAsync(worker, child)).Should().BeFalse();
    }

    [Fact]
    public async Task Switched_off_the_module_leaves_no_page_menu_entry_route_job_client_button_or_digest_line_and_the_rest_works()
    {
        string child;
        await using (var on = new PlatformFactory(_database))
        {
            var worker = await on.ApiAsync("worker01");
            child = await ChildWelfareTests<SqlitePlatform>.RegisterChildAsync(worker, "关闭测试童");
            (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
            var scheduler = await on.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("child-welfare"))).Should().NotBeEmpty();
            (await (await on.BrowserAsync("worker01")).GetPageAsync($"/registry/clients/details/{child}")).QuerySelectorAll("#client-actions a").Select(a => a.TextContent.Trim()).Should().Contain("儿童档案");
        }

        await using var off = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:child-welfare:Enabled"] = "false" });
        var browser = await off.BrowserAsync("worker01");
        (await browser.GetAsync("/child-welfare/children")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/child-welfare/children/details/{child}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await browser.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().NotContain("儿童关爱").And.Contain("探访");
        (await browser.GetPageAsync($"/registry/clients/details/{child}")).QuerySelectorAll("#client-actions a").Select(a => a.TextContent.Trim()).Should().NotContain("儿童档案").And.Contain("登记探访");

        var api = await off.ApiAsync("worker01");
        (await api.GetAsync("/api/v1/child-welfare/children")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.GetAsync("/api/v1/child-welfare/due")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.ModulesAsync()).Select(m => m.Key).Should().NotContain("child-welfare").And.Contain("socialwork");
        var scheduler2 = await off.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await scheduler2.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("child-welfare"))).Should().BeEmpty();

        (await api.DueItemsAsync()).Should().NotContain(i => i.Module == "child-welfare");
        await (await off.ApiAsync("admin")).RunJobAsync("notifications", "daily-digest");
        (await api.InboxAsync("今日待办")).Should().NotContain(n => n.Text.Contains("儿童关爱探视"));
        (await api.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { child }, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), content = "模块关闭后照常探访。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "everything else works");
    }

    public void Dispose() => _database.Dispose();
}
