using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests.Support;

/// <summary>
/// The real host on a temporary database of its own: a temp data folder for SQLite, or a fresh
/// PostgreSQL database on the cluster that <c>test.sh</c> starts (<c>PLATFORM_TEST_POSTGRES</c>).
/// The probe module of this test assembly is loaded as a plugin unless a test switches it off.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly TimeProvider? _clock;

    /// <param name="realLoginLimits">
    /// Keeps the platform's own log-in limits. Off by default: the suite signs in hundreds of times from one
    /// address (the test server's), which the real limits are there to slow down.
    /// </param>
    public PlatformFactory(PlatformDatabase database, IDictionary<string, string?>? settings = null, string environment = "Testing", TimeProvider? clock = null, bool realLoginLimits = false)
    {
        _clock = clock;
        Database = database;
        Environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Platform:Demo"] = "true",
            ["Platform:Modules:AdditionalAssemblies:0"] = typeof(PlatformFactory).Assembly.GetName().Name,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            // A fresh PostgreSQL database makes EF log failed probes of the migrations table before creating it: noise.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection"] = "None",
            // Races the code handles (two deliveries of one credit, the unique index keeping one) EF logs as failed saves.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "None",
            // A test clock before the demo's project period makes the ledger refuse the demo's credits, each a warning;
            // refusals are shown on the ledger's page and asserted where they matter. Each host's fresh key ring warns too.
            ["Logging:LogLevel:Platform.Modularity.Outbox"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",

            // Hosts of one test process share the machine's name; each claims outbox messages under its own.
            ["Platform:InstanceName"] = $"test-{Guid.NewGuid():N}",
        };
        if (!realLoginLimits)
        {
            _settings["Platform:Auth:LoginLimits:PerAccountBurst"] = "1000000";
            _settings["Platform:Auth:LoginLimits:PerAddressBurst"] = "1000000";
        }

        foreach (var (key, value) in database.Settings)
        {
            _settings[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public PlatformDatabase Database { get; }

    public string Environment { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        if (_clock is { } clock)
        {
            // A test's fake clock is the platform's clock: "today" for rules, reminders and records (Quartz keeps real time).
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

/// <summary>
/// Lets a test speak from an address of its choosing (<c>X-Test-Client-Address</c>): the test server gives every
/// request the same one, and the log-in limits count per address.
/// </summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>An empty database for one test class (or for several host starts against the same data).</summary>
public sealed class PlatformDatabase : IDisposable
{
    private PlatformDatabase(DatabaseProvider provider, IReadOnlyDictionary<string, string?> settings, Action cleanup)
    {
        Provider = provider;
        Settings = settings;
        _cleanup = cleanup;
    }

    private readonly Action _cleanup;

    public DatabaseProvider Provider { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static PlatformDatabase Create(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? Sqlite() : Postgres();

    /// <summary>A data folder of the test's own (SQLite files, uploads), removed at the end.</summary>
    private static string DataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static void Remove(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing host stays in the temp folder; nothing depends on it.
        }
    }

    private static PlatformDatabase Sqlite()
    {
        var directory = DataDirectory();
        return new PlatformDatabase(
            DatabaseProvider.Sqlite,
            new Dictionary<string, string?> { ["Platform:Database:Provider"] = "Sqlite", ["Platform:Database:DataDirectory"] = directory },
            () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Remove(directory);
            });
    }

    private static PlatformDatabase Postgres()
    {
        var server = System.Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PLATFORM_TEST_POSTGRES is not set: run the suite with ./test.sh, which starts PostgreSQL on 127.0.0.1.");
        var name = "platform_test_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var directory = DataDirectory();
        return new PlatformDatabase(
            DatabaseProvider.Postgres,
            new Dictionary<string, string?> { ["Platform:Database:Provider"] = "Postgres", ["ConnectionStrings:Platform"] = connectionString, ["Platform:Database:DataDirectory"] = directory },
            () =>
            {
                Remove(directory);
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            });
    }

    public void Dispose() => _cleanup();
}
