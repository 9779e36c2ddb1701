using Microsoft.Extensions.Configuration;
using Platform.Modularity.Data;

namespace Platform.Modularity;

/// <summary>What the host tells a module while it registers: its configuration section and the database settings.</summary>
public sealed record ModuleContext(string Key, IConfiguration Configuration, DatabaseOptions Database)
{
    /// <summary>The schema (PostgreSQL) for this module: the key with <c>_</c> for <c>-</c>.</summary>
    public string Schema => SchemaName(Key);

    /// <summary>The schema name for a module key.</summary>
    public static string SchemaName(string key) => key.Replace('-', '_');
}
