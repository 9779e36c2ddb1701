using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The plugins' due lists over 200,000 elders (in every tier, two visits each in the last five months) and 50,000 key
/// children (all visited last month, half this month) at 1,600 stations, on SQLite: the lead's whole-project due list
/// of each module through the API (median of 5 after 2 warm-ups), the elder overview (monthly visit rate), and the daily
/// digest job gathering both; the host's resident memory is sampled throughout.
/// </summary>
internal static class DueBenchmark
{
    private const int Elders = 200_000;
    private const int Children = 50_000;

    public static async Task<int> RunAsync(string? keep)
    {
        var data = keep ?? Directory.CreateTempSubdirectory("platform-due-").FullName;
        try
        {
            if (!File.Exists(Path.Combine(data, "generated")))
            {
                Directory.CreateDirectory(data);
                await using (var first = HostProcess.StartPlatform(data, 5098))
                {
                    await first.WaitHealthyAsync(Stopwatch.GetTimestamp());
                    await Task.Delay(3000);
                }

                var generated = Stopwatch.StartNew();
                DigestBenchmark.GenerateStaff(data);
                Generate(data);
                File.WriteAllText(Path.Combine(data, "generated"), DateTime.UtcNow.ToString("O"));
                Console.WriteLine($"generated {Elders:N0} elders and {Children:N0} key children in {generated.Elapsed.TotalSeconds:0} s");
            }

            await using var host = HostProcess.StartPlatform(data, 5098);
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var lead = await host.SignInAsync("lead", TimeSpan.FromMinutes(5));
            using var admin = await host.SignInAsync("admin", TimeSpan.FromMinutes(5));
            await Task.Delay(3000);
            var peak = host.ResidentMegabytes();
            Console.WriteLine($"host resident before: {peak:0} MB");
            foreach (var (what, url) in new[] { ("elders due (whole project)", "/api/v1/elderly/due"), ("key children due (whole project)", "/api/v1/child-welfare/due"), ("elder overview (visit rate)", "/api/v1/elderly/overview") })
            {
                var times = new List<double>();
                var count = 0;
                for (var i = 0; i < 7; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var response = await lead.GetAsync(url);
                    response.EnsureSuccessStatusCode();
                    var body = await response.Content.ReadAsByteArrayAsync();
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    peak = Math.Max(peak, host.ResidentMegabytes());
                    count = JsonDocument.Parse(body).RootElement.GetArrayLength();
                    if (i >= 2)
                    {
                        times.Add(elapsed);
                    }
                }

                times.Sort();
                Console.WriteLine($"{what}: median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}), {count:N0} rows, peak resident so far {peak:0} MB");
            }

            var runs = "/api/v1/notifications/jobs/notifications/daily-digest/runs";
            (await admin.PostAsync("/api/v1/notifications/jobs/notifications/daily-digest/run", null)).EnsureSuccessStatusCode();
            var watch = Stopwatch.StartNew();
            JsonElement run = default;
            while (watch.Elapsed < TimeSpan.FromMinutes(5))
            {
                peak = Math.Max(peak, host.ResidentMegabytes());
                var list = JsonDocument.Parse(await admin.GetStringAsync(runs)).RootElement;
                if (list.GetArrayLength() > 0)
                {
                    run = list[0];
                    break;
                }

                await Task.Delay(100);
            }

            Console.WriteLine($"daily digest over both: job {(run.GetProperty("finishedAt").GetDateTime() - run.GetProperty("startedAt").GetDateTime()).TotalSeconds:0.00} s — {run.GetProperty("result").GetString()}; peak resident {peak:0} MB");
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

    private static void Generate(string data)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var day = today.ToString("yyyy-MM-dd");
        var month = (today.Year * 100) + today.Month;
        var previous = today.AddMonths(-1);
        var lastMonth = (previous.Year * 100) + previous.Month;
        using (var elderly = DigestBenchmark.Open(Path.Combine(data, "elderly.db")))
        {
            Sql.Exec(elderly, $"""
                WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Elders - 1})
                INSERT INTO elders (ClientId, StationId, Name, WorkerId, Situation, Eating, Dressing, Transfer, Toileting, Walking, Bathing, Tier, Every, Since, CreatedAt, UpdatedAt, IsDemo)
                SELECT printf('be%07d', i), printf('bs%05d', (i % 3200) / 2), '基准老人' || i, printf('bw%05d', i % 3200), 2, 'Able', 'Able', 'Able', 'Able', 'Able', 'Able',
                       CASE i % 4 WHEN 0 THEN 'High' WHEN 1 THEN 'Priority' ELSE 'General' END,
                       CASE i % 4 WHEN 0 THEN 'Week' WHEN 1 THEN 'Month' ELSE 'Quarter' END,
                       date('{day}', '-200 days'), '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0
                FROM n;
                INSERT INTO elder_visits (Id, ClientId, StationId, WorkerId, Kind, VisitedAt, VisitedOn, Content, Urgent, CreatedAt, IsWithdrawn)
                SELECT 'ev1' || ClientId, ClientId, StationId, WorkerId, 'Home', date('{day}', '-' || (CAST(substr(ClientId, 3) AS INTEGER) % 120) || ' days') || ' 02:00:00',
                       date('{day}', '-' || (CAST(substr(ClientId, 3) AS INTEGER) % 120) || ' days'), '入户探访。', 0, '2026-01-01 00:00:00', 0 FROM elders;
                INSERT INTO elder_visits (Id, ClientId, StationId, WorkerId, Kind, VisitedAt, VisitedOn, Content, Urgent, CreatedAt, IsWithdrawn)
                SELECT 'ev2' || ClientId, ClientId, StationId, WorkerId, 'Phone', date('{day}', '-' || (CAST(substr(ClientId, 3) AS INTEGER) % 120 + 30) || ' days') || ' 02:00:00',
                       date('{day}', '-' || (CAST(substr(ClientId, 3) AS INTEGER) % 120 + 30) || ' days'), '电话探访。', 0, '2026-01-01 00:00:00', 0 FROM elders;
                """);
        }

        using var children = DigestBenchmark.Open(Path.Combine(data, "child-welfare.db"));
        Sql.Exec(children, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Children - 1})
            INSERT INTO children (ClientId, StationId, Name, WorkerId, Father, Mother, Risk, IsKeyChild, KeySince, CreatedAt, UpdatedAt, IsDemo)
            SELECT printf('bk%07d', i), printf('bs%05d', (i % 3200) / 2), '基准儿童' || i, printf('bw%05d', i % 3200), 'Present', 'Present', CASE WHEN i % 10 = 0 THEN 'High' ELSE 'Low' END, 1, '2026-01-01', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 0
            FROM n;
            INSERT INTO care_visits (Id, ClientId, StationId, WorkerId, Kind, VisitedAt, Month, Content, ChildInDanger, ReportedTo, Credited, CreatedAt, IsWithdrawn)
            SELECT 'cv1' || ClientId, ClientId, StationId, WorkerId, 'Home', '{previous:yyyy-MM}-10 02:00:00', {lastMonth}, '上月探视。', 0, 0, 1, '2026-01-01 00:00:00', 0 FROM children;
            INSERT INTO care_visits (Id, ClientId, StationId, WorkerId, Kind, VisitedAt, Month, Content, ChildInDanger, ReportedTo, Credited, CreatedAt, IsWithdrawn)
            SELECT 'cv2' || ClientId, ClientId, StationId, WorkerId, 'Home', '{today:yyyy-MM}-01 02:00:00', {month}, '本月探视。', 0, 0, 1, '2026-01-01 00:00:00', 0 FROM children WHERE CAST(substr(ClientId, 3) AS INTEGER) % 2 = 0;
            """);
    }
}
