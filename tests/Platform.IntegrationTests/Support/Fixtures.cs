using Platform.Modularity.Data;

namespace Platform.IntegrationTests.Support;

/// <summary>One demo district per test class, on the database the subclass names.</summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    /// <summary>Keeps the platform's real log-in limits (see <see cref="PlatformFactory"/>).</summary>
    protected virtual bool RealLoginLimits => false;

    public PlatformDatabase Database { get; private set; } = null!;

    public PlatformFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = PlatformDatabase.Create(Provider);
        Factory = new PlatformFactory(Database, realLoginLimits: RealLoginLimits);
        Factory.Server.BaseAddress.Should().NotBeNull();

        // The demo's supervision and training reach the ledger through the staff outbox after start-up: tests that
        // compare totals start once every module's outbox has been delivered.
        await Factory.OutboxesDeliveredAsync();
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Database.Dispose();
    }
}

public sealed class SqlitePlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
