using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Platform.Benchmarks;

/// <summary>
/// wrk (2 threads, 50 connections, loopback) against <c>GET /api/v1/staff/me</c> and the dashboard page,
/// and, in the same run, against a bare Kestrel endpoint: the figures and their ratio.
/// </summary>
internal static partial class HttpBenchmark
{
    private const string Duration = "10s";

    public static async Task<int> RunAsync()
    {
        var data = Directory.CreateTempSubdirectory("platform-bench-").FullName;
        await using var platform = HostProcess.StartPlatform(data, 5092);
        await using var bare = HostProcess.StartBare(5093);
        await platform.WaitHealthyAsync(Stopwatch.GetTimestamp());
        await bare.WaitHealthyAsync(Stopwatch.GetTimestamp());

        var token = await HostProcess.TokenAsync(platform.Url);
        var cookie = await CookieAsync(platform.Url);

        // Warm-up (JIT tiering, pools), not counted.
        Wrk(bare.Url + "/bare", duration: "5s");
        Wrk(platform.Url + "/api/v1/staff/me", $"Authorization: Bearer {token}", "5s");
        Wrk(platform.Url + "/", $"Cookie: {cookie}", "5s");
        Wrk(platform.Url + "/staff/widgets/my-station", $"Cookie: {cookie}", "5s");

        var bareResult = Wrk(bare.Url + "/bare");
        var me = Wrk(platform.Url + "/api/v1/staff/me", $"Authorization: Bearer {token}");
        var bareAgain = Wrk(bare.Url + "/bare");
        var dashboard = Wrk(platform.Url + "/", $"Cookie: {cookie}");
        var widget = Wrk(platform.Url + "/staff/widgets/my-station", $"Cookie: {cookie}");

        Console.WriteLine($"wrk -t2 -c50 -d{Duration}, 127.0.0.1:");
        Print("bare Kestrel GET /bare", bareResult);
        Print("GET /api/v1/staff/me (bearer)", me);
        Print("bare Kestrel GET /bare (again)", bareAgain);
        Print("GET / dashboard page (cookie)", dashboard);
        Print("GET /staff/widgets/my-station", widget);
        var yardstick = (bareResult.Rps + bareAgain.Rps) / 2;
        Console.WriteLine($"/api/v1/staff/me is {100 * me.Rps / yardstick:0.0} % of the bare endpoint; the dashboard page {100 * dashboard.Rps / yardstick:0.0} %");
        Directory.Delete(data, recursive: true);
        return 0;
    }

    private static async Task<string> CookieAsync(string url)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false });
        var form = await client.GetStringAsync(url + "/account/login");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        await client.PostAsync(url + "/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "worker01",
            ["Input.Password"] = "Demo@12345",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        return cookies.GetCookieHeader(new Uri(url));
    }

    private static WrkResult Wrk(string url, string? header = null, string duration = Duration)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-t2", "-c50", "-d" + duration, "--latency" })
        {
            start.ArgumentList.Add(argument);
        }

        if (header is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add(header);
        }

        start.ArgumentList.Add(url);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value);
        var p99 = Percentile99().Match(output).Groups[1].Value;
        var errors = NonSuccess().Match(output) is { Success: true } m ? m.Groups[1].Value : "0";
        return new WrkResult(rps, p99, errors);
    }

    private static void Print(string name, WrkResult result) =>
        Console.WriteLine($"  {name,-34} {result.Rps,10:0} req/s   p99 {result.P99,-8} non-2xx {result.NonSuccess}");

    private sealed record WrkResult(double Rps, string P99, string NonSuccess);


    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"99%\s+([\d.]+\w+)")]
    private static partial Regex Percentile99();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
