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

    public void Dispose() => _database.Dispose();
}
