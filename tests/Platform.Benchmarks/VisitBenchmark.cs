using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// Home visits recorded through the API by 100 concurrent callers (the 14 demo workers' tokens, each visiting their
/// own station's clients) on SQLite for 20 s, then the time until every visit's ledger credit is delivered; and, in
/// the same run, a bare Kestrel endpoint that inserts one row a request into a SQLite file: the figures and the ratio.
/// </summary>
internal static class VisitBenchmark
{
    private const int Callers = 100;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-visits-").FullName;
        try
        {
            await using var platform = HostProcess.StartPlatform(data, 5097);
            await using var bare = HostProcess.StartBare(5098, Path.Combine(data, "bare.db"));
            await platform.WaitHealthyAsync(Stopwatch.GetTimestamp());
            await bare.WaitHealthyAsync(Stopwatch.GetTimestamp());

            var workers = new List<(HttpClient Client, string[] Clients)>();
            for (var i = 1; i <= 14; i++)
            {
                var client = await platform.SignInAsync($"worker{i:00}", TimeSpan.FromSeconds(30));
                var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/registry/clients?pageSize=50");
                workers.Add((client, [.. page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)]));
            }

            using var bureau = await platform.SignInAsync("bureau", TimeSpan.FromSeconds(60));
            await LoadAsync("warm-up", TimeSpan.FromSeconds(5), i => PostVisit(workers[i % workers.Count], i));
            using var bareClient = new HttpClient { BaseAddress = new Uri(bare.Url) };
            await LoadAsync("warm-up", TimeSpan.FromSeconds(5), i => bareClient.PostAsJsonAsync("/bare/visits", Body(["c"], i)));

            var before = await OutreachAsync(bureau);
            var visits = await LoadAsync("POST /api/v1/socialwork/visits", Duration, i => PostVisit(workers[i % workers.Count], i));
            var drained = Stopwatch.StartNew();
            while (await OutreachAsync(bureau) < before + visits.Succeeded)
            {
                if (drained.Elapsed > TimeSpan.FromMinutes(10))
                {
                    throw new TimeoutException("The ledger credits did not all arrive within 10 minutes.");
                }

                await Task.Delay(200);
            }

            Console.WriteLine($"  every credit in the ledger {drained.Elapsed.TotalSeconds:0.0} s after the last visit; visits with their credits: {visits.Succeeded / (Duration + drained.Elapsed).TotalSeconds:0} /s");
            var yardstick = await LoadAsync("bare Kestrel POST /bare/visits (one SQLite row)", Duration, i => bareClient.PostAsJsonAsync("/bare/visits", Body(["c"], i)));
            Console.WriteLine($"  the platform records {100 * visits.PerSecond / yardstick.PerSecond:0.0} % as many visits a second as the bare endpoint inserts rows");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }

        return 0;
    }

    private static Task<HttpResponseMessage> PostVisit((HttpClient Client, string[] Clients) worker, int i) =>
        worker.Client.PostAsJsonAsync("/api/v1/socialwork/visits", Body([worker.Clients[i % worker.Clients.Length]], i));

    private static object Body(string[] clientIds, int i) => new
    {
        clientIds, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddHours(-1), content = $"基准测试探访 {i}：老人身体尚可，屋内整洁。",
    };

    /// <summary>The number of home-visit entries in the ledger, as the bureau sees it (every station).</summary>
    private static async Task<decimal> OutreachAsync(HttpClient anyone)
    {
        var summary = await anyone.GetFromJsonAsync<JsonElement>("/api/v1/ledger/entries?indicator=OUTREACH&pageSize=1");
        return summary.GetProperty("total").GetInt32();
    }

    private static async Task<LoadResult> LoadAsync(string what, TimeSpan duration, Func<int, Task<HttpResponseMessage>> send)
    {
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var counter = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var i = Interlocked.Increment(ref counter);
                var started = Stopwatch.GetTimestamp();
                using var response = await send(i);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        clock.Stop();
        var sorted = latencies.Order().ToArray();
        var result = new LoadResult(sorted.Length - failures, sorted.Length / clock.Elapsed.TotalSeconds);
        if (what != "warm-up")
        {
            Console.WriteLine($"  {what,-50} {result.PerSecond,8:0} /s   p50 {sorted[sorted.Length / 2],6:0.0} ms   p99 {sorted[(int)(sorted.Length * 0.99)],6:0.0} ms   failed {failures}");
        }

        return result;
    }

    private sealed record LoadResult(int Succeeded, double PerSecond);
}
