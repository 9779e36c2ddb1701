using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>Cold start to the first 200 from /health with migrations already applied, and resident memory at idle.</summary>
internal static class StartupBenchmark
{
    private const int Runs = 7;

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        await using (var first = HostProcess.StartPlatform(data, 5091))
        {
            // The first start migrates and seeds; it is not counted.
            await first.WaitHealthyAsync(Stopwatch.GetTimestamp());
        }

        var times = new List<double>();
        var memory = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var host = HostProcess.StartPlatform(data, 5091);
            times.Add((await host.WaitHealthyAsync(started)).TotalMilliseconds);
            await Task.Delay(TimeSpan.FromSeconds(5));
            memory.Add(host.ResidentMegabytes());
        }

        Console.WriteLine($"Cold start to first /health 200 (migrations applied), {Runs} runs: median {Median(times):0} ms, min {times.Min():0} ms, max {times.Max():0} ms");
        Console.WriteLine($"Resident memory 5 s after start, idle: median {Median(memory):0} MB");
        Directory.Delete(data, recursive: true);
        return 0;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
