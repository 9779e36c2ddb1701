using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The social-assistance review lists over 200,000 households (one programme each, next review owed from 200 days ago to
/// 165 days ahead) at 1,600 stations, on SQLite, through the API as the lead (median of 5 after 2 warm-ups): the due list
/// of the whole project (capped at 1,000 rows), the first page of the due list with its total, one station's due list;
/// then the daily digest job gathering them; the host's resident memory is sampled throughout.
/// </summary>
internal static class AssistanceDueBenchmark
{
    private const int Households = 200_000;

    public static async Task<int> RunAsync(string? keep)
    {
        var data = keep ?? Directory.CreateTempSubdirectory("platform-assistance-").FullName;
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
                DigestBenchmark.GenerateStaff(data);
                Generate(data);
                File.WriteAllText(Path.Combine(data, "generated"), DateTime.UtcNow.ToString("O"));
                Console.WriteLine($"generated {Households:N0} households in {generated.Elapsed.TotalSeconds:0} s");
            }

            await using var host = HostProcess.StartPlatform(data, 5097);
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var lead = await host.SignInAsync("lead", TimeSpan.FromMinutes(5));
            using var admin = await host.SignInAsync("admin", TimeSpan.FromMinutes(5));
            await Task.Delay(3000);
            var peak = host.ResidentMegabytes();
            Console.WriteLine($"host resident before: {peak:0} MB");
            foreach (var (what, url, paged) in new[]
            {
                ("reviews due (whole project, first 1,000)", "/api/v1/social-assistance/reviews/due", false),
                ("reviews due, page 1 with total", "/api/v1/social-assistance/reviews?dueOnly=true&page=1&pageSize=20", true),
                ("reviews due, one station", "/api/v1/social-assistance/reviews/due?stationId=bs00042", false),
            })
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
                    var root = JsonDocument.Parse(body).RootElement;
                    count = paged ? root.GetProperty("rows").GetProperty("total").GetInt32() : root.GetArrayLength();
                    if (i >= 2)
                    {
                        times.Add(elapsed);
                    }
                }

                times.Sort();
                Console.WriteLine($"{what}: median {times[times.Count / 2]:0} ms (min {times[0]:0}, max {times[^1]:0}), {count:N0} {(paged ? "due in all" : "rows")}, peak resident so far {peak:0} MB");
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

            Console.WriteLine($"daily digest: job {(run.GetProperty("finishedAt").GetDateTime() - run.GetProperty("startedAt").GetDateTime()).TotalSeconds:0.00} s — {run.GetProperty("result").GetString()}; peak resident {peak:0} MB");
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
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        using var db = DigestBenchmark.Open(Path.Combine(data, "social-assistance.db"));
        Sql.Exec(db, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Households - 1})
            INSERT INTO files (ClientId, StationId, Name, WorkerId, State, OpenedAt, IsDemo, Version)
            SELECT printf('bh%07d', i), printf('bs%05d', (i % 3200) / 2), '基准户主' || i, printf('bw%05d', i % 3200), 'Open', '2026-01-01 00:00:00', 0, 0 FROM n;
            INSERT INTO programmes (Id, ClientId, StationId, Kind, Area, Coverage, Class, IncomeVaries, StartOn, ApprovalDocument, ApprovalOffice, ReviewEveryMonths, LastReviewOn, NextReviewOn, CreatedAt, IsDemo, Version)
            SELECT 'bp' || substr(ClientId, 3), ClientId, StationId, CAST(substr(ClientId, 3) AS INTEGER) % 4, 1, 0, CAST(substr(ClientId, 3) AS INTEGER) % 3, 0,
                   date('{day}', '-400 days'), '基准审〔2025〕1号', '区民政局', 6, NULL,
                   date('{day}', (165 - CAST(substr(ClientId, 3) AS INTEGER) % 365) || ' days'), '2026-01-01 00:00:00', 0, 0
            FROM files;
            """);
    }
}
