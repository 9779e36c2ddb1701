using Platform.Modularity.Data;

namespace Platform.IntegrationTests.Support;

/// <summary>One demo district per test class, on the database the subclass names.</summary>
public abstract class PlatformFixture : IAsyncLifetime
{
    protected abstract DatabaseProvider Provider { get; }

    public PlatformDatabase Database { get; private set; } = null!;

    public PlatformFactory Factory { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Database = PlatformDatabase.Create(Provider);
        Factory = new PlatformFactory(Database);
        Factory.Server.BaseAddress.Should().NotBeNull();
        return Task.CompletedTask;
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
