using Platform.Modularity.Data;

namespace Platform.IntegrationTests.Support;

/// <summary>One demo district per test class (a copy of the run's seeded one), on the database the subclass names.</summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    /// <summary>Keeps the platform's real log-in limits (see <see cref="PlatformFactory"/>).</summary>
    protected virtual bool RealLoginLimits => false;

    public PlatformDatabase Database { get; private set; } = null!;

    public PlatformFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await PlatformDatabase.DemoDistrictAsync(Provider);
        Factory = new PlatformFactory(Database, realLoginLimits: RealLoginLimits);
        Factory.Server.BaseAddress.Should().NotBeNull();

        // Tests that compare totals start once every module's outbox has been delivered (the copy's were).
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
