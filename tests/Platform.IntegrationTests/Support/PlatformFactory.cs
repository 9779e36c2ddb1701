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
            // The same races end a transaction with the error the caller is answered with (a 409 the tests assert).
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Transaction"] = "None",
            // The in-memory test server has no request-body limit to set; Kestrel, which the platform runs on, has.
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
            // A test clock before the demo's project period makes the ledger refuse the demo's credits, each a warning;
            // refusals are shown on the ledger's page and asserted where they matter. Each host's fresh key ring warns too.
            ["Logging:LogLevel:Platform.Modularity.Outbox"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            // A class's copy of the seeded district holds the seeding host's Quartz scheduler row, which the copy's
            // scheduler finds stale and recovers, with a warning each time: expected, and not a result.
            ["Logging:LogLevel:Quartz.Impl.AdoJobStore"] = "Error",

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

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();

            // The suite signs in thousands of times; at the platform's 100,000 PBKDF2 rounds that is minutes of CPU on
            // two cores. The rounds are ASP.NET Core Identity's to get right, not the platform's: the tests keep the
            // platform's behaviour (the same answer for an unknown name) at a cost of 1,000.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
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

/// <summary>
/// A database for one test class (or for several host starts against the same data): empty, or a copy of the demo
/// district (<see cref="DemoDistrictAsync"/>).
/// </summary>
public sealed class PlatformDatabase : IDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProvider, Lazy<Task<PlatformDatabase>>> DemoTemplates = new();

    private static readonly SemaphoreSlim Copying = new(1, 1);

    private readonly string _directory;

    private readonly string? _postgresName;

    private PlatformDatabase(DatabaseProvider provider, string directory, string? postgresName)
    {
        Provider = provider;
        _directory = directory;
        _postgresName = postgresName;
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Database:Provider"] = provider.ToString(),
            ["Platform:Database:DataDirectory"] = directory,
        };
        if (postgresName is not null)
        {
            settings["ConnectionStrings:Platform"] = new NpgsqlConnectionStringBuilder(Server) { Database = postgresName }.ConnectionString;
        }

        Settings = settings;
    }

    public DatabaseProvider Provider { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    private static string Server => System.Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES")
        ?? throw new InvalidOperationException("PLATFORM_TEST_POSTGRES is not set: run the suite with ./test.sh, which starts PostgreSQL on 127.0.0.1.");

    /// <summary>
    /// An empty database: a data folder of its own (SQLite files, uploads) and, for PostgreSQL, the name of a database
    /// not yet there (the host's first migration creates it).
    /// </summary>
    public static PlatformDatabase Create(DatabaseProvider provider) =>
        new(provider, NewDirectory(), provider == DatabaseProvider.Postgres ? NewPostgresName() : null);

    /// <summary>
    /// A copy of the demo district as a host with the default test settings seeds it, its outboxes delivered. The
    /// district is seeded once per test run and provider and copied for each caller (the data folder; PostgreSQL's
    /// database as a template), so a class starts in a few seconds instead of migrating and seeding its own.
    /// </summary>
    public static async Task<PlatformDatabase> DemoDistrictAsync(DatabaseProvider provider)
    {
        var seeding = DemoTemplates.GetOrAdd(provider, p => new Lazy<Task<PlatformDatabase>>(() => SeedDemoAsync(p)));
        PlatformDatabase template;
        try
        {
            template = await seeding.Value;
        }
        catch
        {
            // A seeding that failed (a machine too loaded to deliver in time) fails the classes waiting for it, not the run:
            // the next class seeds again.
            DemoTemplates.TryRemove(new KeyValuePair<DatabaseProvider, Lazy<Task<PlatformDatabase>>>(provider, seeding));
            throw;
        }

        await Copying.WaitAsync();
        try
        {
            return template.Copy();
        }
        finally
        {
            Copying.Release();
        }
    }

    private static async Task<PlatformDatabase> SeedDemoAsync(DatabaseProvider provider)
    {
        var template = Create(provider);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        await using (var factory = new PlatformFactory(template))
        {
            factory.Server.BaseAddress.Should().NotBeNull();

            // The demo's supervision and training reach the ledger through the staff outbox after start-up. Every class of
            // the run waits for this one seeding, on a machine busy with the other test assemblies: it is given minutes.
            await factory.OutboxesDeliveredAsync(seconds: 600);
        }

        template.CloseConnections();
        return template;
    }

    private PlatformDatabase Copy()
    {
        var directory = NewDirectory();
        CopyDirectory(_directory, directory);
        if (_postgresName is null)
        {
            return new PlatformDatabase(Provider, directory, null);
        }

        var name = NewPostgresName();

        // A template may have no session open while it is copied; the seeding host's pooled ones are gone, and any
        // straggler (Quartz's) is ended here.
        Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_postgresName}' AND pid <> pg_backend_pid()");
        Execute($"CREATE DATABASE {name} TEMPLATE {_postgresName}");
        return new PlatformDatabase(Provider, directory, name);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyDirectory(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string NewPostgresName() => "platform_test_" + Guid.NewGuid().ToString("N")[..12];

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private void CloseConnections()
    {
        if (_postgresName is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    public void Dispose()
    {
        CloseConnections();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing host stays in the temp folder; nothing depends on it.
        }

        if (_postgresName is not null)
        {
            Execute($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)");
        }
    }
}
