using Platform.Host.Cli;
using Platform.Modularity.Data;

namespace Platform.Host.Data;

/// <summary>Reads <c>Platform:Database</c>: SQLite files under a data folder (default), or PostgreSQL.</summary>
internal static class DatabaseSettings
{
    /// <summary>The settings, with the data folder created (the host's start).</summary>
    public static DatabaseOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = Resolve(configuration);
        Directory.CreateDirectory(options.DataDirectory);
        return options;
    }

    /// <summary>The settings as configured, creating nothing (the backup verb must not make an empty data folder).</summary>
    public static DatabaseOptions Resolve(IConfiguration configuration)
    {
        var provider = configuration.GetValue("Platform:Database:Provider", DatabaseProvider.Sqlite);
        var directory = configuration.GetValue("Platform:Database:DataDirectory", "data")!;
        directory = Path.GetFullPath(Path.IsPathRooted(directory) ? directory : Path.Combine(Directory.GetCurrentDirectory(), directory));
        var connectionString = configuration.GetConnectionString("Platform");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new Refusal("Platform:Database:Provider 为 Postgres，但未配置连接字符串 ConnectionStrings:Platform。");
        }

        return new DatabaseOptions(provider, directory, connectionString);
    }
}
