using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>
/// The <c>backup</c> and <c>restore</c> verbs run as their own processes beside a serving host, and the refusals of
/// every verb: one Chinese sentence on stderr and exit code 1.
/// </summary>
public abstract class BackupTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    [Fact]
    public async Task A_backup_taken_while_visits_are_recorded_restores_every_visit_acknowledged_before_it_with_its_credit_once()
    {
        var workers = new List<(HttpClient Client, string[] Clients)>();
        foreach (var name in new[] { "worker01", "worker03", "worker05", "worker07", "worker09", "worker11" })
        {
            var worker = await Factory.ApiAsync(name);
            var clients = await worker.GetFromJsonAsync<ListPage<ClientRow>>("/api/v1/registry/clients?pageSize=20");
            workers.Add((worker, [.. clients!.Items.Select(c => c.Id)]));
        }

        var acknowledged = new ConcurrentQueue<string>();
        var underWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(workers.Select((worker, n) => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await worker.Client.PostAsJsonAsync("/api/v1/socialwork/visits", new
                {
                    clientIds = new[] { worker.Clients[i % worker.Clients.Length] },
                    kind = "home",
                    visitedAt = DateTimeOffset.UtcNow.AddHours(-1),
                    content = $"备份期间的探访 {n}-{i}：老人身体尚可。",
                });
                response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
                acknowledged.Enqueue(await response.CreatedIdAsync());
                if (acknowledged.Count >= 30)
                {
                    underWay.TrySetResult();
                }
            }
        })));
        await Task.WhenAny(underWay.Task, load).WaitAsync(TimeSpan.FromSeconds(60));
        load.IsFaulted.Should().BeFalse("the load records visits");

        using var target = new TemporaryFolder();
        var before = acknowledged.ToArray();
        var backup = await HostVerb.RunAsync(platform.Database, "backup", "--to", target.Path);
        var during = acknowledged.Count - before.Length;
        stop.Cancel();
        await load;
        backup.ExitCode.Should().Be(0, backup.ToString());
        during.Should().BePositive("visits went on being recorded while the backup ran");

        using var restored = PlatformDatabase.Create(platform.Database.Provider);
        var restore = await HostVerb.RunAsync(restored, "restore", "--from", target.Path);
        restore.ExitCode.Should().Be(0, restore.ToString());

        await using var host = new PlatformFactory(restored);
        await host.OutboxesDeliveredAsync(180); // what the load left undelivered at the cut, delivered on a host just started
        var lead = await host.ApiAsync("lead");
        var credits = await VisitCreditsAsync(lead);
        foreach (var id in before)
        {
            (await lead.GetAsync($"/api/v1/socialwork/visits/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, $"visit {id} was acknowledged before the backup began");
            credits.GetValueOrDefault(id).Should().ContainSingle($"visit {id} is credited once").Which.Hours.Should().Be(2);
        }

        // One cut across the module files: no restored credit belongs to a visit that the restored visits lack.
        foreach (var id in acknowledged.Except(before).Where(credits.ContainsKey))
        {
            (await lead.GetAsync($"/api/v1/socialwork/visits/{id}")).StatusCode.Should().Be(HttpStatusCode.OK, $"visit {id} is credited in the restored ledger");
            credits[id].Should().ContainSingle();
        }
    }

    [Fact]
    public async Task Restore_refuses_a_tampered_backup_naming_the_file_and_writes_nothing()
    {
        using var backupFolder = new TemporaryFolder();
        var backup = await HostVerb.RunAsync(platform.Database, "backup", "--to", backupFolder.Path);
        backup.ExitCode.Should().Be(0, backup.ToString());
        var manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(Path.Combine(backupFolder.Path, "manifest.json")), JsonSerializerOptions.Web)!;
        var ledger = manifest.Files.Single(f => f.Path is "ledger.db" or "postgres/ledger.dump");
        var tampered = Path.Combine(backupFolder.Path, ledger.Path);
        var bytes = File.ReadAllBytes(tampered);
        bytes[bytes.Length / 2] ^= 0x5a;
        File.WriteAllBytes(tampered, bytes);

        using var restored = PlatformDatabase.Create(platform.Database.Provider);
        var restore = await HostVerb.RunAsync(restored, "restore", "--from", backupFolder.Path);

        restore.ExitCode.Should().Be(1, restore.ToString());
        restore.Error.Should().Contain(ledger.Path).And.Contain("校验").And.NotContain("\n", "a refusal is one sentence");
        Directory.EnumerateFileSystemEntries(DataDirectory(restored)).Should().BeEmpty("nothing is written");
        if (restored.Provider == DatabaseProvider.Postgres)
        {
            (await DatabaseExistsAsync(restored)).Should().BeFalse("the database is not even created");
        }
    }

    [Fact]
    public async Task Restore_refuses_a_data_folder_or_database_that_is_not_empty_and_backup_a_target_that_is_not_empty()
    {
        using var backupFolder = new TemporaryFolder();
        (await HostVerb.RunAsync(platform.Database, "backup", "--to", backupFolder.Path)).ExitCode.Should().Be(0);

        using var occupied = PlatformDatabase.Create(platform.Database.Provider);
        var stray = Path.Combine(DataDirectory(occupied), "留着.txt");
        File.WriteAllText(stray, "已有内容");
        var intoOccupied = await HostVerb.RunAsync(occupied, "restore", "--from", backupFolder.Path);
        intoOccupied.ExitCode.Should().Be(1, intoOccupied.ToString());
        intoOccupied.Error.Should().Contain("不是空的").And.NotContain("\n");
        Directory.EnumerateFileSystemEntries(DataDirectory(occupied)).Should().Equal(stray);

        // The serving platform's own data (on PostgreSQL: its database, the data folder holding no upload yet).
        var intoServing = await HostVerb.RunAsync(platform.Database, "restore", "--from", backupFolder.Path);
        intoServing.ExitCode.Should().Be(1, intoServing.ToString());
        intoServing.Error.Should().Contain("不是空的").And.NotContain("\n");

        var again = await HostVerb.RunAsync(platform.Database, "backup", "--to", backupFolder.Path);
        again.ExitCode.Should().Be(1, again.ToString());
        again.Error.Should().Contain(backupFolder.Path).And.Contain("不是空的").And.NotContain("\n");

        var usage = await HostVerb.RunAsync(platform.Database, "backup");
        usage.ExitCode.Should().Be(2, usage.ToString());
        usage.Error.Should().StartWith("用法：backup --to");
    }

    [Fact]
    public async Task Create_admin_on_data_with_demo_accounts_refuses_in_one_sentence_with_exit_code_1()
    {
        var result = await HostVerb.RunAsync(platform.Database, "create-admin", "--user", "root", "--password", "Root@123456");

        result.ExitCode.Should().Be(1, result.ToString());
        result.Error.Should().Contain("演示账号").And.NotContain("\n", "one sentence, no stack trace");
        result.Output.Should().NotContain("   at ", "the host does not print the failed start's stack trace either");
    }

    private static string DataDirectory(PlatformDatabase database) => database.Settings["Platform:Database:DataDirectory"]!;

    /// <summary>Home-visit credits in the ledger around today, by visit id (the source id is <c>visit:{id}:{client}</c>).</summary>
    private static async Task<Dictionary<string, List<LedgerEntryView>>> VisitCreditsAsync(HttpClient lead)
    {
        var from = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd");
        var to = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd");
        var entries = new List<LedgerEntryView>();
        for (var page = 1; ; page++)
        {
            var items = await lead.LedgerEntriesAsync($"indicator=OUTREACH&from={from}&to={to}&pageSize=500&page={page}");
            entries.AddRange(items);
            if (items.Count < 500)
            {
                break;
            }
        }

        return entries.Where(e => e.SourceModule == "socialwork" && e.SourceId.StartsWith("visit:", StringComparison.Ordinal))
            .GroupBy(e => e.SourceId.Split(':')[1])
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    private static async Task<bool> DatabaseExistsAsync(PlatformDatabase database)
    {
        var settings = new NpgsqlConnectionStringBuilder(database.Settings["ConnectionStrings:Platform"]);
        var name = settings.Database;
        settings.Database = "postgres";
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name!);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private sealed record ClientRow(string Id);

    private sealed record ManifestFile(string Path, long Bytes, string Sha256);

    private sealed record Manifest(string PlatformVersion, string Provider, List<ManifestFile> Files);

    /// <summary>A folder path for a backup, not created (the verb creates it), removed afterwards.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "platform-backups", Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}

public sealed class BackupTestsOnSqlite(SqlitePlatform platform) : BackupTests<SqlitePlatform>(platform);

public sealed class BackupTestsOnPostgres(PostgresPlatform platform) : BackupTests<PostgresPlatform>(platform);
