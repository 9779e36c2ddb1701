using System.Diagnostics;

namespace Platform.IntegrationTests.Support;

/// <summary>
/// A command-line verb of the built host (<c>backup</c>, <c>restore</c>, <c>create-admin</c>) run as its own process
/// on a test database, as an operator runs it beside a serving host.
/// </summary>
public static class HostVerb
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";
    }

    public static async Task<Result> RunAsync(PlatformDatabase database, params string[] arguments)
    {
        // The host beside the test assembly: its own runtimeconfig, deps and module folders are copied there by the build.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Platform.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in database.Settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, (await output).Trim(), (await error).Trim());
    }
}
