using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;
using Quartz;

namespace Platform.IntegrationTests;

/// <summary>The elderly plugin over time (a test clock): due days through tier changes and month ends; and switched off.</summary>
public sealed class ElderlyScheduleTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    private static DateTimeOffset At(DateOnly day, int hour = 9) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private sealed record DueElder(string ClientId, DateOnly NextDue);

    private static async Task<DueElder?> DueAsync(HttpClient worker, string elder) =>
        (await worker.GetFromJsonAsync<List<DueElder>>("/api/v1/elderly/due"))!.FirstOrDefault(e => e.ClientId == elder);

    /// <summary>
    /// The assistance module switched off: its demo households' overdue reviews would fill the twelve lines of the
    /// worker's digest ahead of the line this test looks for.
    /// </summary>
    private static readonly Dictionary<string, string?> WithoutAssistance = new() { ["Platform:Modules:social-assistance:Enabled"] = "false" };

    [Fact]
    public async Task The_due_day_follows_the_tier_and_self_care_and_a_monthly_visit_on_the_31st_is_due_on_the_last_day_of_a_short_month()
    {
        var clock = new TestClock(At(new DateOnly(2026, 1, 31)));
        await using var host = new PlatformFactory(_database, WithoutAssistance, clock: clock);
        var worker = await host.ApiAsync("worker07");
        var elder = await ElderlyTests<SqlitePlatform>.RegisterElderAsync(worker, "频次测试老人");
        object Profile(string tier, string bathing = "able") => new { situations = new[] { "emptyNest" }, tier, bathing };
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", Profile("general"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await DueAsync(worker, elder)).Should().NotBeNull("a new elder is owed a first visit at once");
        (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = At(new DateOnly(2026, 1, 31), 8), kind = "home", content = "首次探访。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await DueAsync(worker, elder)).Should().BeNull();
        (await worker.GetFromJsonAsync<ElderScheduleView>($"/api/v1/elderly/elders/{elder}"))!.NextDue.Should().Be(new DateOnly(2026, 4, 30), "general: a quarter later");

        // Wholly dependent in bathing makes the elder 失能: at least monthly — due on 28 February, the month's last day.
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", Profile("general", bathing: "dependent"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        clock.Set(At(new DateOnly(2026, 2, 27)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker, elder)).Should().BeNull();
        clock.Set(At(new DateOnly(2026, 2, 28)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker, elder))!.NextDue.Should().Be(new DateOnly(2026, 2, 28));

        // Raised to high risk: weekly from the last visit, so already 28 days overdue.
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", Profile("high", bathing: "dependent"))).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await DueAsync(worker, elder))!.NextDue.Should().Be(new DateOnly(2026, 2, 7));
        await (await host.ApiAsync("admin")).RunJobAsync("notifications", "daily-digest");
        (await worker.InboxAsync("今日待办")).Should().ContainSingle().Which.Text.Should().Contain("老年人探访：频次测试老人（高风险，每周）（逾期 21 天）");
        (await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = At(new DateOnly(2026, 2, 28), 8), kind = "phone", content = "电话问候。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await DueAsync(worker, elder)).Should().BeNull();
        clock.Set(At(new DateOnly(2026, 3, 7)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker, elder))!.NextDue.Should().Be(new DateOnly(2026, 3, 7));
    }

    [Fact]
    public async Task Switched_off_the_module_leaves_no_page_menu_entry_route_client_button_or_digest_line()
    {
        string elder;
        await using (var on = new PlatformFactory(_database))
        {
            var worker = await on.ApiAsync("worker07");
            elder = await ElderlyTests<SqlitePlatform>.RegisterElderAsync(worker, "关闭测试老人");
            (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
            (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "elderly");
        }

        await using var off = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:elderly:Enabled"] = "false" });
        var browser = await off.BrowserAsync("worker07");
        (await browser.GetAsync("/elderly/elders")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await browser.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().NotContain("老年人探访").And.Contain("儿童关爱");
        (await browser.GetPageAsync($"/registry/clients/details/{elder}")).QuerySelectorAll("#client-actions a").Select(a => a.TextContent.Trim()).Should().NotContain("老年人探访档案");
        var api = await off.ApiAsync("worker07");
        (await api.GetAsync("/api/v1/elderly/elders")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.ModulesAsync()).Select(m => m.Key).Should().NotContain("elderly").And.Contain("child-welfare");
        (await api.DueItemsAsync()).Should().NotContain(i => i.Module == "elderly");
        (await api.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { elder }, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), content = "模块关闭后照常探访。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public void Dispose() => _database.Dispose();
}
