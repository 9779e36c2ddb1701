using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>The audit log is kept as long as configured, never less than six months.</summary>
public sealed class AuditRetentionTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(Platform.Modularity.Data.DatabaseProvider.Sqlite);

    [Fact]
    public async Task The_host_does_not_start_with_a_retention_under_six_months()
    {
        await using var factory = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:staff:AuditRetentionDays"] = "90" });
        var act = () => factory.CreateClient();
        act.Should().Throw<Exception>().Which.ToString().Should().Contain("AuditRetentionDays = 90").And.Contain("至少保存 183 天");
    }

    [Fact]
    public async Task The_daily_purge_removes_entries_past_the_retention_and_keeps_the_rest()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)));
        await using var host = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:staff:AuditRetentionDays"] = "200" }, clock: clock);
        await host.ApiAsync("worker05");
        await host.OutboxesDeliveredAsync();
        var admin = await host.ApiAsync("admin");
        (await admin.AuditAsync("userName=worker05&action=登录")).Should().ContainSingle();

        clock.Set(new DateTimeOffset(2026, 9, 18, 9, 0, 0, TimeSpan.FromHours(8)));
        await host.ApiAsync("worker06");
        await host.OutboxesDeliveredAsync();
        admin = await host.ApiAsync("admin");
        var run = await admin.RunJobAsync("staff", "audit-retention");

        // Moving the clock past 03:30 can make Quartz fire the missed daily run first, which then does the deleting.
        run.Result.Should().MatchRegex("删除 [0-9]+ 条超过 200 天保存期限的审计记录");
        (await admin.AuditAsync("userName=worker05&action=登录")).Should().BeEmpty("201 days old is past a retention of 200 days");
        (await admin.AuditAsync("userName=worker06&action=登录")).Should().ContainSingle("an entry of today stays");
    }

    public void Dispose() => _database.Dispose();
}
