using Platform.Modularity.Data;

namespace Platform.Host.Data;

/// <summary>Reads <c>Platform:Database</c>: SQLite files under a data folder (default), or PostgreSQL.</summary>
internal static class DatabaseSettings
{
    public static DatabaseOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Platform:Database:Provider", DatabaseProvider.Sqlite);
        var directory = configuration.GetValue("Platform:Database:DataDirectory", "data")!;
        directory = Path.GetFullPath(Path.IsPathRooted(directory) ? directory : Path.Combine(Directory.GetCurrentDirectory(), directory));
        var connectionString = configuration.GetConnectionString("Platform");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Platform:Database:Provider is Postgres but ConnectionStrings:Platform is empty.");
        }

        Directory.CreateDirectory(directory);
        return new DatabaseOptions(provider, directory, connectionString);
    }
}
