using System.Diagnostics;
using System.Net.Http.Json;

namespace Platform.Benchmarks;

/// <summary>Starts the built platform host (or the bare server) as a child process on a loopback port.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public int ProcessId => _process.Id;

    public static string RepositoryRoot { get; } = FindRoot();

    public static HostProcess StartPlatform(string dataDirectory, int port, bool demo = true) =>
        StartPlatform(port, new() { ["Platform__Database__DataDirectory"] = dataDirectory }, demo);

    /// <summary>The host with the given environment (the database settings) on a loopback port.</summary>
    public static HostProcess StartPlatform(int port, Dictionary<string, string> environment, bool demo = true)
    {
        var dll = Path.Combine(RepositoryRoot, "host/Platform.Host/bin/Release/net10.0/Platform.Host.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the host first: dotnet build -c Release", dll);
        }

        var url = $"http://127.0.0.1:{port}";
        // The host project folder is the content root, as with dotnet run: appsettings.json and wwwroot are there.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(RepositoryRoot, "host/Platform.Host"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        if (demo)
        {
            start.ArgumentList.Add("--demo");
        }

        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return Start(start, url);
    }

    public static HostProcess StartBare(int port, string? database = null)
    {
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(HostProcess).Assembly.Location);
        start.ArgumentList.Add("bare");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        if (database is not null)
        {
            start.ArgumentList.Add("--db");
            start.ArgumentList.Add(database);
        }

        return Start(start, url);
    }

    private static HostProcess Start(ProcessStartInfo start, string url)
    {
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new HostProcess(process, url);
    }

    /// <summary>Polls <c>/health</c> until it answers 200; returns the time since <paramref name="started"/>.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(long started)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
        {
            try
            {
                if ((await client.GetAsync(Url + "/health")).IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(started);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}.");
            }

            await Task.Delay(5);
        }

        throw new TimeoutException("The host did not become healthy within 60 s.");
    }

    /// <summary>A bearer token of a demo account.</summary>
    public static async Task<string> TokenAsync(string url, string user = "worker01")
    {
        using var client = new HttpClient();
        var response = await client.PostAsJsonAsync(url + "/api/v1/auth/token", new { userName = user, password = "Demo@12345" });
        return (await response.Content.ReadFromJsonAsync<Token>())!.AccessToken;
    }

    /// <summary>A client of this host signed in as a demo account.</summary>
    public async Task<HttpClient> SignInAsync(string user, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url), Timeout = timeout };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await TokenAsync(Url, user));
        return client;
    }

    /// <summary>Resident memory of the process, from /proc.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:"));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private sealed record Token(string AccessToken);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found.");
    }
}
