using System.Diagnostics;
using System.Net.Http.Json;
using MiniExcelLibs;

namespace Platform.Benchmarks;

/// <summary>Imports a 100,000-row roster through the API into a running host: wall time and the host's peak resident memory.</summary>
internal static class ImportBenchmark
{
    private const int Rows = 100_000;

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        var sheet = Path.Combine(data, "roster.xlsx");
        var written = Stopwatch.StartNew();
        MiniExcel.SaveAs(sheet, Roster());
        Console.WriteLine($"Wrote {Rows:N0}-row roster ({new FileInfo(sheet).Length / 1024 / 1024.0:0.0} MB) in {written.Elapsed.TotalSeconds:0.0} s");

        await using var host = HostProcess.StartPlatform(data, 5094);
        await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
        using var client = await host.SignInAsync("worker01", TimeSpan.FromMinutes(10));

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
        await using var file = File.OpenRead(sheet);
        var content = new MultipartFormDataContent { { new StreamContent(file), "file", "roster.xlsx" } };
        var response = await client.PostAsync("/api/v1/registry/clients/import", content);
        var elapsed = started.Elapsed;
        await sampling.CancelAsync();
        await sampler;
        var report = await response.Content.ReadFromJsonAsync<Report>();
        Console.WriteLine($"Import of {Rows:N0} rows: {(int)response.StatusCode}, imported {report?.Imported:N0}, updated {report?.Updated:N0}, rejected {report?.Rejected.Count:N0}");
        Console.WriteLine($"  wall time {elapsed.TotalSeconds:0.0} s; host resident memory {before:0} MB before, peak {peak:0} MB");
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static IEnumerable<Dictionary<string, object?>> Roster()
    {
        string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
        string[] given = ["秀英", "桂兰", "建国", "志强", "玉珍", "长根", "春花", "德胜"];
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var start = new DateOnly(1930, 1, 1);
        for (var i = 0; i < Rows; i++)
        {
            // Distinct numbers: region 360102, a birth date per 500 rows and the sequence within it.
            var birth = start.AddDays(i / 500);
            var body = $"360102{birth:yyyyMMdd}{i % 500 * 2 + i % 2:000}";
            var id = body + "10X98765432"[body.Select((c, k) => (c - '0') * weights[k]).Sum() % 11];
            yield return new Dictionary<string, object?>
            {
                ["姓名"] = surnames[i % surnames.Length] + given[i / surnames.Length % given.Length],
                ["身份证号"] = id,
                ["性别"] = i % 2 == 1 ? "男" : "女",
                ["联系电话"] = $"139{i:00000000}",
                ["村（社区）"] = "东湖村",
                ["现居住地址"] = $"莲塘镇东湖村{i % 300}号",
                ["类别"] = i % 3 == 0 ? "最低生活保障对象" : "特殊困难老年人",
            };
        }
    }

    private sealed record Report(int Imported, int Updated, List<object> Rejected);
}
