using System.Diagnostics;
using System.Net.Http.Json;
using MiniExcelLibs;

namespace Platform.Benchmarks;

/// <summary>
/// Imports a 50,000-row monitoring-alert list through the API into a running host, as the lead: 45,000 rows whose ID
/// numbers a client holds (registered first through the roster import) and 5,000 that none does. Wall time and the
/// host's peak resident memory during the alert import.
/// </summary>
internal static class AlertImportBenchmark
{
    private const int Rows = 50_000;

    private const int Known = 45_000;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        var roster = Path.Combine(data, "roster.xlsx");
        var alerts = Path.Combine(data, "alerts.xlsx");
        MiniExcel.SaveAs(roster, Roster());
        MiniExcel.SaveAs(alerts, Alerts());
        Console.WriteLine($"Wrote a {Known:N0}-row roster and a {Rows:N0}-row alert list ({new FileInfo(alerts).Length / 1024 / 1024.0:0.0} MB)");

        await using var host = HostProcess.StartPlatform(data, 5097);
        await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
        using (var worker = await host.SignInAsync("worker01", TimeSpan.FromMinutes(10)))
        {
            var registered = Stopwatch.StartNew();
            await using var file = File.OpenRead(roster);
            var response = await worker.PostAsync("/api/v1/registry/clients/import", new MultipartFormDataContent { { new StreamContent(file), "file", "roster.xlsx" } });
            Console.WriteLine($"Roster import (setup): {(int)response.StatusCode} in {registered.Elapsed.TotalSeconds:0.0} s");
        }

        using var lead = await host.SignInAsync("lead", TimeSpan.FromMinutes(10));
        var before = host.ResidentMegabytes();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, host.ResidentMegabytes());
                await Task.Delay(50);
            }
        });

        var started = Stopwatch.StartNew();
        await using var sheet = File.OpenRead(alerts);
        var imported = await lead.PostAsync("/api/v1/social-assistance/alerts/import", new MultipartFormDataContent { { new StreamContent(sheet), "file", "alerts.xlsx" } });
        var elapsed = started.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        var report = await imported.Content.ReadFromJsonAsync<Report>();
        Console.WriteLine($"Alert import of {Rows:N0} rows: {(int)imported.StatusCode}, tasks {report?.Matched:N0}, repeated {report?.Repeated:N0}, unmatched {report?.Unmatched:N0}, rejected {report?.Rejected:N0}");
        Console.WriteLine($"  wall time {elapsed.TotalSeconds:0.0} s; host resident memory {before:0} MB before, peak {peak:0} MB");
        Directory.Delete(data, recursive: true);
        return 0;
    }

    /// <summary>Distinct numbers: region 360102, a birth date per 500 rows and the sequence within it.</summary>
    private static string Id(int i)
    {
        var birth = new DateOnly(1940, 1, 1).AddDays(i / 500);
        var body = $"360102{birth:yyyyMMdd}{i % 500 * 2 + i % 2:000}";
        return body + "10X98765432"[body.Select((c, k) => (c - '0') * Weights[k]).Sum() % 11];
    }

    private static IEnumerable<Dictionary<string, object?>> Roster()
    {
        for (var i = 0; i < Known; i++)
        {
            yield return new Dictionary<string, object?> { ["姓名"] = $"预警{i}", ["身份证号"] = Id(i), ["性别"] = i % 2 == 1 ? "男" : "女", ["类别"] = "最低生活保障对象" };
        }
    }

    private static IEnumerable<Dictionary<string, object?>> Alerts()
    {
        string[] types = ["收入骤减", "医疗支出骤增", "家庭成员变化", "就业状态变化"];
        for (var i = 0; i < Rows; i++)
        {
            // The known come first in the roster's order shuffled by a stride; the rest are numbers no one holds.
            var n = i < Known ? (int)((long)i * 7919 % Known) : i;
            yield return new Dictionary<string, object?>
            {
                ["姓名"] = $"预警{n}", ["身份证号"] = Id(n), ["预警类型"] = types[i % types.Length], ["预警日期"] = "2026-11-20", ["预警内容"] = "社保缴费中断，家庭人均收入可能低于低保标准",
            };
        }
    }

    private sealed record Report(int Matched, int Repeated, int Unmatched, int Rejected);
}
