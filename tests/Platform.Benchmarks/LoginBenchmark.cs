using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Platform.Benchmarks;

/// <summary>
/// What a hostile prober measures at <c>POST /api/v1/auth/token</c>: how long a wrong password takes for a real
/// account and for an unknown name (limits lifted, so only the check is timed), and, with the real limits, how
/// many wrong log-ins fired at once from one address are answered before 429, and at what rate.
/// </summary>
internal static class LoginBenchmark
{
    private const int Samples = 40;

    private const int Burst = 200;

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        var unlimited = new Dictionary<string, string>
        {
            ["Platform__Database__DataDirectory"] = data,
            ["Platform__Auth__LoginLimits__PerAccountBurst"] = "1000000",
            ["Platform__Auth__LoginLimits__PerAddressBurst"] = "1000000",
        };
        await using (var host = HostProcess.StartPlatform(5094, unlimited))
        {
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var client = new HttpClient { BaseAddress = new Uri(host.Url) };
            // Warm-up (JIT, pools, the dummy hash), not counted.
            for (var i = 0; i < 5; i++)
            {
                await AttemptAsync(client, "worker01", "Wrong1234");
                await AttemptAsync(client, "nosuchuser", "Wrong1234");
            }

            var known = new List<double>();
            var unknown = new List<double>();
            for (var i = 0; i < Samples; i++)
            {
                known.Add((await AttemptAsync(client, "worker01", "Wrong1234")).Milliseconds);
                unknown.Add((await AttemptAsync(client, $"nosuchuser{i}", "Wrong1234")).Milliseconds);
            }

            Console.WriteLine($"Wrong log-in, {Samples} each, interleaved, limits lifted:");
            Console.WriteLine($"  real account, wrong password: median {StartupBenchmark.Median(known):0.0} ms, min {known.Min():0.0}, max {known.Max():0.0}");
            Console.WriteLine($"  unknown name:                 median {StartupBenchmark.Median(unknown):0.0} ms, min {unknown.Min():0.0}, max {unknown.Max():0.0}");
        }

        // The same data, the real limits; a fresh host for each burst, since the first empties the address's bucket.
        foreach (var (label, name) in new (string, Func<int, string>)[] { ("one name (worker02)", _ => "worker02"), ("a new name each time", i => $"spray{i}") })
        {
            await using var host = HostProcess.StartPlatform(5094, new() { ["Platform__Database__DataDirectory"] = data });
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var client = new HttpClient { BaseAddress = new Uri(host.Url) };
            await BurstAsync(client, label, name);
        }

        Directory.Delete(data, recursive: true);
        return 0;
    }

    /// <summary>Fires <see cref="Burst"/> wrong log-ins, 8 at a time, and reports what was answered before the first 429.</summary>
    private static async Task BurstAsync(HttpClient client, string label, Func<int, string> name)
    {
        var started = Stopwatch.GetTimestamp();
        var answers = new (HttpStatusCode Status, double At)[Burst];
        await Parallel.ForAsync(0, Burst, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (status, _) = await AttemptAsync(client, name(i), "Wrong1234");
            answers[i] = (status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        });

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var checkedOnes = answers.Where(a => a.Status == HttpStatusCode.Unauthorized).ToList();
        var refused = answers.Count(a => a.Status == HttpStatusCode.TooManyRequests);
        var window = checkedOnes.Count == 0 ? 0 : checkedOnes.Max(a => a.At) / 1000;
        Console.WriteLine($"{Burst} wrong log-ins from 127.0.0.1, {label}, 8 at a time, real limits: {checkedOnes.Count} checked (401) in the first {window:0.00} s, "
            + $"{refused} refused (429); all answered in {elapsed:0.00} s ({Burst / elapsed:0} answers/s, {checkedOnes.Count / elapsed:0.0} password checks/s over the burst)");
    }

    private static async Task<(HttpStatusCode Status, double Milliseconds)> AttemptAsync(HttpClient client, string userName, string password)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        await response.Content.ReadAsByteArrayAsync();
        return (response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
