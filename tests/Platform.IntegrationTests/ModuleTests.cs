using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.ProbeModule;
using Platform.IntegrationTests.Support;
using Quartz;

namespace Platform.IntegrationTests;

/// <summary>
/// The probe module of this test assembly is a plugin the host has never heard of: it is found,
/// served, scoped to stations, and leaves no trace when switched off.
/// </summary>
public abstract class ModuleTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record ProbeLine(string Text);

    [Fact]
    public async Task A_module_built_in_the_test_suite_is_discovered_and_served()
    {
        var modules = await (await Factory.ApiAsync("lead")).ModulesAsync();
        modules.Select(m => m.Key).Should().Contain(["staff", "probe"]);
        modules.Single(m => m.Key == "probe").Name.Should().Be("探针模块");

        var browser = await Factory.BrowserAsync("worker01");
        var dashboard = await browser.GetPageAsync("/");
        dashboard.QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().Contain(["探针", "账号", "站点"]);
        (await browser.GetPageAsync("/probe")).QuerySelector("#probe-title")!.TextContent.Should().Be("探针模块");

        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("probe"))).Should().ContainSingle(k => k.Name == "probe-job");
        (await scheduler.GetMetadata()).JobStorePersistent.Should().BeTrue("jobs and triggers live in the database, so a missed fire is caught up after a restart");
    }

    [Fact]
    public async Task Station_records_are_seen_and_changed_only_within_the_station()
    {
        var worker01 = await Factory.ApiAsync("worker01");
        var created = await worker01.PostAsJsonAsync("/api/v1/probe/records", new { text = "莲塘镇的记录" });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();

        (await worker01.GetAsync(location)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await Factory.ApiAsync("worker02")).GetAsync(location)).StatusCode.Should().Be(HttpStatusCode.OK, "a colleague at the same station sees it");
        var worker03 = await Factory.ApiAsync("worker03");
        (await worker03.GetAsync(location)).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station's record does not exist for this worker");
        (await worker03.GetFromJsonAsync<List<ProbeLine>>("/api/v1/probe/records"))!.Should().NotContain(r => r.Text == "莲塘镇的记录");
        (await (await Factory.ApiAsync("lead")).GetAsync(location)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await Factory.ApiAsync("bureau")).GetAsync(location)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("bureau")]
    [InlineData("lead")]
    public async Task Writes_outside_the_callers_station_or_by_the_bureau_are_refused_and_change_nothing(string user)
    {
        var client = await Factory.ApiAsync(user);
        var before = (await client.GetFromJsonAsync<List<ProbeLine>>("/api/v1/probe/records"))!.Count;

        // The bureau only reads; the lead has no station, so a record "at the caller's station" belongs to none.
        var refused = await client.PostAsJsonAsync("/api/v1/probe/records", new { text = "不该写入" });
        refused.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await client.GetFromJsonAsync<List<ProbeLine>>("/api/v1/probe/records"))!.Count.Should().Be(before);
    }

    [Fact]
    public async Task Bad_input_to_a_module_api_is_a_400_problem_naming_the_field()
    {
        var response = await (await Factory.ApiAsync("worker01")).PostAsJsonAsync("/api/v1/probe/records", new { text = "" });
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync())["text"][0].Should().Be("请填写内容。");
    }
}

public sealed class ModuleTestsOnSqlite(SqlitePlatform platform) : ModuleTests<SqlitePlatform>(platform);

public sealed class ModuleTestsOnPostgres(PostgresPlatform platform) : ModuleTests<PostgresPlatform>(platform);

/// <summary>Switching modules off by configuration.</summary>
public sealed class DisabledModuleTests : IAsyncLifetime
{
    private PlatformDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PlatformDatabase.DemoDistrictAsync(Platform.Modularity.Data.DatabaseProvider.Sqlite);

    [Fact]
    public async Task A_disabled_module_leaves_no_page_menu_entry_api_route_or_job_behind()
    {
        // First run with the module on, so that its job is in the persistent store.
        await using (var on = new PlatformFactory(_database))
        {
            var scheduler = await on.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("probe"))).Should().NotBeEmpty();
        }

        await using var off = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:probe:Enabled"] = "false" });
        var browser = await off.BrowserAsync("worker01");
        (await browser.GetAsync("/probe")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await browser.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().NotContain("探针").And.Contain("账号");

        var api = await off.ApiAsync("worker01");
        (await api.GetAsync("/api/v1/probe/records")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.ModulesAsync()).Select(m => m.Key).Should().NotContain("probe").And.Contain(["staff", "registry"]);

        var offScheduler = await off.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        (await offScheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("probe"))).Should().BeEmpty();
        off.Services.GetService<ProbeModule.Data.ProbeDb>().Should().BeNull("its database and handlers are not registered");
        var act = () => off.Services.CreateScope().ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new RecordProbe { Text = "x" });
        await act.Should().ThrowAsync<Exception>("no handler of a disabled module is left");
    }

    [Fact]
    public async Task A_core_module_stays_enabled_when_configuration_asks_to_disable_it()
    {
        await using var factory = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:staff:Enabled"] = "false", ["Logging:LogLevel:Platform.Modules"] = "Error" }); // the warning is the expected answer
        var modules = await (await factory.ApiAsync("lead")).ModulesAsync();
        modules.Select(m => m.Key).Should().Contain("staff");
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
