using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The daily digest job over 1,000,000 clients and 3,200 workers (1,600 stations) on SQLite. Every client has a
/// home visit in the last 120 days (1,000,000 visits); a third of them promised a follow-up two weeks later, and
/// half of all clients were visited again a week after, which settles theirs — so the social-work module weighs
/// each follow-up against every later visit of the same person. The job is run through the administrator's API
/// ("run now") on a host started as in production; its run time is Quartz's, and the host's resident memory is
/// sampled every 20 ms while it runs. The digest reads visits, not the registry: who was visited is kept with the visit.
/// </summary>
internal static class DigestBenchmark
{
    private const int Clients = 1_000_000;
    private const int Workers = 3_200;
    private const int Stations = 1_600;

    public static async Task<int> RunAsync(string? keep)
    {
        var data = keep ?? Directory.CreateTempSubdirectory("platform-digest-").FullName;
        try
        {
            if (!File.Exists(Path.Combine(data, "generated")))
            {
                Directory.CreateDirectory(data);
                await using (var first = HostProcess.StartPlatform(data, 5097))
                {
                    await first.WaitHealthyAsync(Stopwatch.GetTimestamp());
                    await Task.Delay(3000);
                }

                var generated = Stopwatch.StartNew();
                Generate(data);
                File.WriteAllText(Path.Combine(data, "generated"), DateTime.UtcNow.ToString("O"));
                Console.WriteLine($"generated {Clients:N0} clients' visits and {Workers:N0} workers in {generated.Elapsed.TotalSeconds:0} s");
            }

            await using var host = HostProcess.StartPlatform(data, 5097);
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var admin = await host.SignInAsync("admin", TimeSpan.FromMinutes(5));
            await Task.Delay(3000);
            Console.WriteLine($"host resident before the run: {host.ResidentMegabytes():0} MB");
            await RunOnceAsync(host, admin, "first run of the day (gathers and sends)");
            await RunOnceAsync(host, admin, "second run the same day (gathers, sends nothing)");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                Directory.Delete(data, recursive: true);
            }
        }

        return 0;
    }

    private static async Task RunOnceAsync(HostProcess host, HttpClient admin, string what)
    {
        const string runs = "/api/v1/notifications/jobs/notifications/daily-digest/runs";
        var before = (await admin.GetFromJsonAsync<JsonElement>(runs)).EnumerateArray().Select(r => r.GetProperty("startedAt").GetString()).FirstOrDefault();
        var peak = host.ResidentMegabytes();
        var started = Stopwatch.StartNew();
        (await admin.PostAsync("/api/v1/notifications/jobs/notifications/daily-digest/run", null)).EnsureSuccessStatusCode();
        JsonElement? run = null;
        var lastPoll = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromMinutes(10))
        {
            peak = Math.Max(peak, host.ResidentMegabytes());
            if (lastPoll.ElapsedMilliseconds >= 250)
            {
                lastPoll.Restart();
                var latest = (await admin.GetFromJsonAsync<JsonElement>(runs)).EnumerateArray().FirstOrDefault();
                if (latest.ValueKind == JsonValueKind.Object && latest.GetProperty("startedAt").GetString() != before)
                {
                    run = latest;
                    break;
                }
            }

            await Task.Delay(20);
        }

        if (run is not { } r)
        {
            throw new TimeoutException("The digest did not finish within 10 minutes.");
        }

        var seconds = (r.GetProperty("finishedAt").GetDateTime() - r.GetProperty("startedAt").GetDateTime()).TotalSeconds;
        Console.WriteLine($"{what}: job {seconds:0.00} s, peak resident {peak:0} MB — {r.GetProperty("result").GetString()}");
    }

    private static void Generate(string data)
    {
        GenerateStaff(data);
        GenerateVisits(data);
    }

    /// <summary>1,600 stations (<c>bs00000</c>…) with two workers each (<c>bw00000</c>…), in the staff module's database.</summary>
    internal static void GenerateStaff(string data)
    {
        using (var staff = Open(Path.Combine(data, "staff.db")))
        {
            Sql.Exec(staff, $"""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Stations - 1})
                INSERT INTO stations (Id, Code, Name, Town, IsActive) SELECT printf('bs%05d', i), printf('B%05d', i), printf('基准站点%05d', i), printf('基准镇%05d', i), 1 FROM n;
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Workers - 1})
                INSERT INTO AspNetUsers (Id, DisplayName, StationId, IsDisabled, CreatedAt, IsDemo, UserName, NormalizedUserName, EmailConfirmed, SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount)
                SELECT printf('bw%05d', i), printf('基准社工%05d', i), printf('bs%05d', i / 2), 0, '2026-01-01 00:00:00', 0, printf('bench%05d', i), printf('BENCH%05d', i), 0, hex(randomblob(16)), hex(randomblob(16)), 0, 0, 1, 0 FROM n;
                INSERT INTO AspNetUserRoles (UserId, RoleId) SELECT Id, 'worker' FROM AspNetUsers WHERE Id LIKE 'bw%';
                """);
        }
    }

    private static void GenerateVisits(string data)
    {
        using var work = Open(Path.Combine(data, "socialwork.db"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var day = today.ToString("yyyy-MM-dd");

        // Visit A of client i: i % 120 days ago at 10:00 local (02:00 UTC); a third promise a follow-up 14 days later.
        // Visit B of every even client: a week after A.
        Sql.Exec(work, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Clients - 1})
            INSERT INTO visits (Id, StationId, WorkerId, Kind, VisitedAt, Content, CompanionIds, FollowUpOn, FollowUpNote, CreatedAt, IsWithdrawn)
            SELECT printf('va%07d', i), printf('bs%05d', (i % {Workers}) / 2), printf('bw%05d', i % {Workers}), 'Home',
                   date('{day}', '-' || (i % 120) || ' days') || ' 02:00:00', '入户探访，了解近况。', '[]',
                   CASE WHEN i % 3 = 0 THEN date('{day}', '-' || (i % 120) || ' days', '+14 days') END,
                   CASE WHEN i % 3 = 0 THEN '电话询问药是否买到' END,
                   date('{day}', '-' || (i % 120) || ' days') || ' 02:00:00', 0
            FROM n;
            INSERT INTO visit_clients (ClientId, Name, VisitId) SELECT printf('bc%07d', CAST(substr(Id, 3) AS INTEGER)), '基准对象' || substr(Id, 3), Id FROM visits WHERE Id LIKE 'va%';
            INSERT INTO visits (Id, StationId, WorkerId, Kind, VisitedAt, Content, CompanionIds, CreatedAt, IsWithdrawn)
            SELECT 'vb' || substr(Id, 3), StationId, WorkerId, 'Phone', datetime(VisitedAt, '+7 days'), '电话回访。', '[]', datetime(VisitedAt, '+7 days'), 0
            FROM visits WHERE Id LIKE 'va%' AND CAST(substr(Id, 3) AS INTEGER) % 2 = 0;
            INSERT INTO visit_clients (ClientId, Name, VisitId) SELECT printf('bc%07d', CAST(substr(Id, 3) AS INTEGER)), '基准对象' || substr(Id, 3), Id FROM visits WHERE Id LIKE 'vb%';
            """);
    }

    internal static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        Sql.Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        return connection;
    }
}
