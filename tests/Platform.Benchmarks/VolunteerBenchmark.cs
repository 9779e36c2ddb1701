using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The volunteer module on SQLite: 200 people signing in to one activity by its QR code at once (no account; each a new
/// volunteer, the heaviest case), latency p50/p99; then an export of 100,000 service rows for the national system
/// (1,000 closed activities × 100 volunteers written straight into the module's file), its time and the host's peak
/// resident memory while it runs.
/// </summary>
internal static class VolunteerBenchmark
{
    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-volunteers-").FullName;
        try
        {
            await using var platform = HostProcess.StartPlatform(data, 5193);
            await platform.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var worker = await platform.SignInAsync("worker01", TimeSpan.FromMinutes(10));
            var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
            var created = await worker.PostAsJsonAsync("/api/v1/volunteers/activities", new
            {
                title = "基准签到活动", date = DateOnly.FromDateTime(now.DateTime), startTime = TimeOnly.FromDateTime(now.DateTime.AddMinutes(-10)).ToString("HH:mm:ss"),
                endTime = TimeOnly.FromDateTime(now.DateTime.AddMinutes(50)).ToString("HH:mm:ss"), place = "社区服务中心", content = "基准测试",
            });
            var activity = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var token = (await worker.GetFromJsonAsync<JsonElement>($"/api/v1/volunteers/activities/{activity}/code")).GetProperty("token").GetString()!;
            using var anonymous = new HttpClient { BaseAddress = new Uri(platform.Url) };
            await anonymous.PostAsJsonAsync($"/api/v1/volunteers/scan/{activity}", new { token, name = "预热志愿者", last4 = "0001", action = "in" });

            foreach (var round in new[] { "first 200 (new volunteers)", "the same 200 again (already signed in)" })
            {
                var latencies = new ConcurrentBag<double>();
                var failures = 0;
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await anonymous.PostAsJsonAsync($"/api/v1/volunteers/scan/{activity}", new { token, name = $"基准志愿者{i:000}", last4 = $"{i:0000}", action = "in" });
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }));
                var sorted = latencies.Order().ToArray();
                Console.WriteLine($"  200 scan sign-ins at once, {round,-40} all done in {clock.Elapsed.TotalSeconds:0.00} s   p50 {sorted[100],6:0} ms   p99 {sorted[197],6:0} ms   max {sorted[^1],6:0} ms   failed {failures}");
            }

            // As a crowd really arrives: 200 more people, one every 300 ms, over one minute.
            {
                var latencies = new ConcurrentBag<double>();
                var failures = 0;
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(300 * i));
                    var started = Stopwatch.GetTimestamp();
                    using var response = await anonymous.PostAsJsonAsync($"/api/v1/volunteers/scan/{activity}", new { token, name = $"陆续到场{i:000}", last4 = $"{i + 5000:0000}", action = "in" });
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }));
                var sorted = latencies.Order().ToArray();
                Console.WriteLine($"  200 scan sign-ins over one minute (one every 300 ms, new volunteers) in {clock.Elapsed.TotalSeconds:0.0} s   p50 {sorted[100],6:0} ms   p99 {sorted[197],6:0} ms   max {sorted[^1],6:0} ms   failed {failures}");
            }

            var sheet = await worker.GetFromJsonAsync<JsonElement>($"/api/v1/volunteers/activities/{activity}");
            var station = sheet.GetProperty("stationId").GetString()!;
            var workerId = sheet.GetProperty("workerId").GetString()!;
            Console.WriteLine($"  on the sheet: {sheet.GetProperty("attendances").GetArrayLength()} (401 expected)");

            var seeding = Stopwatch.StartNew();
            Seed(Path.Combine(data, "volunteers.db"), station, workerId, activities: 1000, people: 100);
            Console.WriteLine($"  seeded 100,000 closed service rows in {seeding.Elapsed.TotalSeconds:0.0} s");

            var baseline = platform.ResidentMegabytes();
            var peak = baseline;
            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, platform.ResidentMegabytes());
                    await Task.Delay(50);
                }
            });
            var export = Stopwatch.StartNew();
            using var response = await worker.GetAsync("/api/v1/volunteers/export.xlsx");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            export.Stop();
            await sampling.CancelAsync();
            await sampler;
            Console.WriteLine($"  export: {response.StatusCode}, {response.Headers.GetValues("X-Rows").Single()} rows, {bytes.Length / 1024.0 / 1024.0:0.0} MB xlsx in {export.Elapsed.TotalSeconds:0.00} s; host RSS {baseline:0} MB before, peak {peak:0} MB (+{peak - baseline:0} MB)");
            var again = Stopwatch.StartNew();
            using var second = await worker.GetAsync("/api/v1/volunteers/export.xlsx");
            Console.WriteLine($"  the same export again: {second.Headers.GetValues("X-Rows").Single()} rows (nothing sent twice) in {again.Elapsed.TotalSeconds:0.00} s");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }

        return 0;
    }

    private static void Seed(string file, string station, string worker, int activities, int people)
    {
        using var connection = new SqliteConnection($"Data Source={file};Default Timeout=60");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var volunteers = Enumerable.Range(0, people).Select(i => $"bench{i:000000000000000000000000000}").ToList();
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO volunteers (Id, Name, DocumentType, DocumentNumber, DocumentLast4, Phone, PhoneLast4, Consent, Status, CreatedStationId, CreatedAt, Version) VALUES ($id, $name, 'Passport', $number, $last4, $phone, $last4, 1, 'Checked', $station, '2026-01-01 00:00:00', 0); INSERT INTO volunteer_stations (VolunteerId, StationId, Since, Version) VALUES ($id, $station, '2026-01-01 00:00:00', 0);";
            foreach (var (id, i) in volunteers.Select((id, i) => (id, i)))
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$id", id);
                insert.Parameters.AddWithValue("$name", $"导出志愿者{i:000}");
                insert.Parameters.AddWithValue("$number", $"E{i + 10000000:00000000}");
                insert.Parameters.AddWithValue("$last4", $"{i:0000}");
                insert.Parameters.AddWithValue("$phone", $"1390000{i:0000}");
                insert.Parameters.AddWithValue("$station", station);
                insert.ExecuteNonQuery();
            }
        }

        using var activity = connection.CreateCommand();
        activity.CommandText = "INSERT INTO activities (Id, StationId, WorkerId, WorkerName, Title, Place, Content, StartsAt, EndsAt, State, ClosedAt, CodeNonce, CreditedHours, CreditRevision, IsDemo, Version) VALUES ($id, $station, $worker, '基准社工', $title, '社区', '陪伴服务', $start, $end, 'Closed', $end, 'bench', '200.0', 1, 0, 0)";
        using var row = connection.CreateCommand();
        row.CommandText = "INSERT INTO attendances (Id, ActivityId, StationId, VolunteerId, VolunteerName, SignedInAt, SignedOutAt, InSource, OutSource, Hours, Version) VALUES ($id, $activity, $station, $volunteer, $name, $start, $end, 'Scan', 'Scan', '2.0', 0)";
        var day = new DateTime(2026, 1, 5, 1, 0, 0, DateTimeKind.Utc);
        for (var a = 0; a < activities; a++)
        {
            var id = $"benchact{a:000000000000000000000000}";
            var start = day.AddHours(a * 6);
            activity.Parameters.Clear();
            activity.Parameters.AddWithValue("$id", id);
            activity.Parameters.AddWithValue("$station", station);
            activity.Parameters.AddWithValue("$worker", worker);
            activity.Parameters.AddWithValue("$title", $"基准活动 {a}");
            activity.Parameters.AddWithValue("$start", start.ToString("yyyy-MM-dd HH:mm:ss"));
            activity.Parameters.AddWithValue("$end", start.AddHours(2).ToString("yyyy-MM-dd HH:mm:ss"));
            activity.ExecuteNonQuery();
            for (var p = 0; p < people; p++)
            {
                row.Parameters.Clear();
                row.Parameters.AddWithValue("$id", $"b{a:000000}{p:000000}{new string('0', 19)}");
                row.Parameters.AddWithValue("$activity", id);
                row.Parameters.AddWithValue("$station", station);
                row.Parameters.AddWithValue("$volunteer", volunteers[p]);
                row.Parameters.AddWithValue("$name", $"导出志愿者{p:000}");
                row.Parameters.AddWithValue("$start", start.ToString("yyyy-MM-dd HH:mm:ss"));
                row.Parameters.AddWithValue("$end", start.AddHours(2).ToString("yyyy-MM-dd HH:mm:ss"));
                row.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }
}
