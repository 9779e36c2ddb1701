using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The <c>backup</c> verb as an operator runs it, its own process beside a serving host on SQLite: the time (median of
/// five, the .NET start of the verb's process included) and the size of the backup, then one <c>restore</c> into an
/// empty folder. Without a folder it backs up a fresh demo district; given one kept by <c>search</c> (a million
/// clients) it backs that up, and either way it reports the registry's bytes per client and what a million would make.
/// </summary>
internal static class BackupBenchmark
{
    private const int Runs = 5;

    public static async Task<int> RunAsync(string? folder)
    {
        var data = folder ?? Directory.CreateTempSubdirectory("platform-backup-").FullName;
        var scratch = Directory.CreateTempSubdirectory("platform-backup-copies-").FullName;
        try
        {
            await using (var host = HostProcess.StartPlatform(data, 5096))
            {
                await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
                var times = new List<double>();
                long bytes = 0;
                for (var i = 0; i < Runs; i++)
                {
                    var target = Path.Combine(scratch, $"backup-{i}");
                    times.Add(await VerbAsync(data, "backup", "--to", target));
                    bytes = Manifest(target).Sum(f => f.Bytes);
                }

                Console.WriteLine($"backup of {Describe(data)} while the host serves, {Runs} runs: median {StartupBenchmark.Median(times):0.00} s (min {times.Min():0.00}, max {times.Max():0.00}), {bytes / 1024.0 / 1024.0:0.0} MB");
                var restored = Path.Combine(scratch, "restored");
                Console.WriteLine($"restore into an empty folder: {await VerbAsync(restored, "restore", "--from", Path.Combine(scratch, "backup-0")):0.00} s");

                var registry = Manifest(Path.Combine(scratch, "backup-0")).Single(f => f.Path == "registry.db").Bytes;
                var clients = Clients(Path.Combine(scratch, "backup-0", "registry.db"));
                var perClient = (double)registry / clients;
                Console.WriteLine($"registry.db: {registry / 1024.0 / 1024.0:0.0} MB for {clients:N0} clients, {perClient:0} bytes a client (archive, categories, name grams, indexes; a few hundred clients also carry the file's fixed pages)");
                Console.WriteLine($"a million clients at that rate: registry.db about {perClient * 1_000_000 / 1024 / 1024 / 1024:0.00} GB");
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
            if (folder is null)
            {
                Directory.Delete(data, recursive: true);
            }
        }

        return 0;
    }

    private static string Describe(string data) =>
        $"{Directory.GetFiles(data, "*.db*").Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:0.0} MB of SQLite files (with their WAL)";

    /// <summary>Runs a verb of the built host on <paramref name="data"/>; returns its wall-clock seconds.</summary>
    private static async Task<double> VerbAsync(string data, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(HostProcess.RepositoryRoot, "host/Platform.Host"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(HostProcess.RepositoryRoot, "host/Platform.Host/bin/Release/net10.0/Platform.Host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Platform__Database__DataDirectory"] = data;
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{arguments[0]} exited with {process.ExitCode}: {await error}");
        }

        Console.WriteLine($"  {(await output).Trim()}");
        return elapsed;
    }

    private static List<ManifestFile> Manifest(string backup) =>
        JsonSerializer.Deserialize<ManifestBody>(File.ReadAllText(Path.Combine(backup, "manifest.json")), JsonSerializerOptions.Web)!.Files;

    private static long Clients(string registry)
    {
        using var connection = new SqliteConnection($"Data Source={registry};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM clients";
        return (long)command.ExecuteScalar()!;
    }

    private sealed record ManifestFile(string Path, long Bytes);

    private sealed record ManifestBody(List<ManifestFile> Files);
}
