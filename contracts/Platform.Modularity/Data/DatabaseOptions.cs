namespace Platform.Modularity.Data;

/// <summary>Which database every module uses: one SQLite file per module, or one PostgreSQL schema per module.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string DataDirectory, string? ConnectionString)
{
    /// <summary>The SQLite connection string of a module's own file.</summary>
    public string SqliteConnectionString(string fileName) =>
        $"Data Source={Path.Combine(DataDirectory, fileName + ".db")};Pooling=True;Default Timeout=30";
}

/// <summary>The supported database engines.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite, the default: nothing to install.</summary>
    Sqlite,
    /// <summary>PostgreSQL, for a province and several host instances.</summary>
    Postgres,
}
