using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.ProbeModule;
using Platform.IntegrationTests.ProbeModule.Data;
using Platform.IntegrationTests.Support;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;

namespace Platform.IntegrationTests;

/// <summary>Outbox delivery across a crash, migrations on empty and migrated databases, and the production guard.</summary>
public abstract class DurabilityTests(DatabaseProvider provider) : IAsyncLifetime
{
    /// <summary>A copy of the demo district for each test: hosts are started and crashed on it one after another.</summary>
    private PlatformDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PlatformDatabase.DemoDistrictAsync(provider);

    private static readonly Dictionary<string, string?> Crashed = new()
    {
        // No delivery after commit and no scheduler: the process stands for one that died right after committing.
        ["Platform:Outbox:DeliverAfterCommit"] = "false",
        ["Platform:Scheduler:AutoStart"] = "false",
    };

    [Fact]
    public async Task The_outbox_delivers_exactly_once_after_a_crash_between_commit_and_delivery()
    {
        string sourceKey;
        await using (var crashed = new PlatformFactory(_database, Crashed))
        {
            var created = await (await crashed.ApiAsync("worker01")).PostAsJsonAsync("/api/v1/probe/records", new { text = "崩溃前提交" });
            created.StatusCode.Should().Be(HttpStatusCode.Created);
            using var scope = SystemScope(crashed);
            var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
            sourceKey = (await db.Records.SingleAsync(r => r.Text == "崩溃前提交")).SourceKey;
            (await db.OutboxMessages.CountAsync(m => m.MessageKey == sourceKey && m.ProcessedAt == null)).Should().Be(1, "the message was committed with the record");
            (await db.Receipts.CountAsync(r => r.SourceKey == sourceKey)).Should().Be(0, "nothing was delivered before the crash");
        }

        await using var restarted = new PlatformFactory(_database);
        using (var scope = SystemScope(restarted))
        {
            var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
            var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
            await WaitUntilAsync(() => db.OutboxMessages.AnyAsync(m => m.MessageKey == sourceKey && m.ProcessedAt != null));

            // Running delivery again, as the scheduled job and another instance would, changes nothing.
            await dispatcher.DeliverPendingAsync(CancellationToken.None);
            await dispatcher.DeliverPendingAsync(CancellationToken.None);
            (await db.Receipts.CountAsync(r => r.SourceKey == sourceKey)).Should().Be(1);
            ProbeRecordedHandler.Deliveries(sourceKey).Should().Be(1, "nothing delivered it before the crash, and the restart delivered it once");
            (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageKey == sourceKey)).ProcessedAt.Should().NotBeNull();
        }
    }

    [Fact]
    public async Task A_restarted_instance_takes_back_at_once_what_it_had_claimed_and_leaves_another_instances_claims()
    {
        var mine = new Dictionary<string, string?>(Crashed) { ["Platform:InstanceName"] = "station-host" };
        string ownKey, othersKey;
        await using (var crashed = new PlatformFactory(_database, mine))
        {
            var worker = await crashed.ApiAsync("worker01");
            (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text = "本机认领" })).StatusCode.Should().Be(HttpStatusCode.Created);
            (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text = "他机认领" })).StatusCode.Should().Be(HttpStatusCode.Created);
            using var scope = SystemScope(crashed);
            var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
            ownKey = (await db.Records.SingleAsync(r => r.Text == "本机认领")).SourceKey;
            othersKey = (await db.Records.SingleAsync(r => r.Text == "他机认领")).SourceKey;

            // Claimed with an hour's lease when the process died: only a release, not the lease running out, frees it in this test.
            var held = DateTime.UtcNow.AddHours(1);
            await db.OutboxMessages.Where(m => m.MessageKey == ownKey).ExecuteUpdateAsync(u => u.SetProperty(m => m.LockedUntil, held).SetProperty(m => m.LockedBy, "station-host"));
            await db.OutboxMessages.Where(m => m.MessageKey == othersKey).ExecuteUpdateAsync(u => u.SetProperty(m => m.LockedUntil, held).SetProperty(m => m.LockedBy, "other-host"));
        }

        await using var restarted = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:InstanceName"] = "station-host" });
        using (var scope = SystemScope(restarted))
        {
            var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
            await WaitUntilAsync(() => db.OutboxMessages.AnyAsync(m => m.MessageKey == ownKey && m.ProcessedAt != null));
            (await db.Receipts.CountAsync(r => r.SourceKey == ownKey)).Should().Be(1);
            var others = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageKey == othersKey);
            others.ProcessedAt.Should().BeNull("another instance's claim is its own until its lease ends");
            others.LockedBy.Should().Be("other-host");
        }
    }

    [Fact]
    public async Task The_scheduled_job_delivers_what_no_commit_announced()
    {
        // The loop that follows commits is off; only the persistent Quartz trigger (every second here) delivers.
        await using var factory = new PlatformFactory(_database, new Dictionary<string, string?>
        {
            ["Platform:Outbox:DeliverAfterCommit"] = "false",
            ["Platform:Outbox:RetryCron"] = "0/1 * * * * ?",
        });
        // The demo district's own backlog goes through the same trigger first; the record is timed from an empty outbox.
        await factory.OutboxesDeliveredAsync();
        await (await factory.ApiAsync("worker05")).PostAsJsonAsync("/api/v1/probe/records", new { text = "定时投递" });
        using var scope = SystemScope(factory);
        var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
        var key = (await db.Records.SingleAsync(r => r.Text == "定时投递")).SourceKey;
        await WaitUntilAsync(() => db.OutboxMessages.AnyAsync(m => m.MessageKey == key && m.ProcessedAt != null));
        (await db.Receipts.CountAsync(r => r.SourceKey == key)).Should().Be(1);
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_drains_in_one_delivery_run()
    {
        await using var factory = new PlatformFactory(_database, Crashed);
        var worker = await factory.ApiAsync("worker04");
        for (var i = 0; i < 450; i++)
        {
            (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text = $"积压 {i}" })).EnsureSuccessStatusCode();
        }

        using var scope = SystemScope(factory);
        var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)).Should().BeGreaterThanOrEqualTo(450);
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DeliverPendingAsync(CancellationToken.None);
        (await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null)).Should().Be(0, "one run delivers batch after batch, not one batch of 200 per wake-up");
        (await db.Receipts.CountAsync(r => r.SourceKey.StartsWith("probe:record:"))).Should().BeGreaterThanOrEqualTo(450);
    }

    [Fact]
    public async Task A_crash_after_handling_but_before_the_acknowledgement_delivers_again_and_the_receiver_counts_once()
    {
        await using var factory = new PlatformFactory(_database, Crashed);
        await (await factory.ApiAsync("worker03")).PostAsJsonAsync("/api/v1/probe/records", new { text = "重复投递" });
        using var scope = SystemScope(factory);
        var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
        var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
        var key = (await db.Records.SingleAsync(r => r.Text == "重复投递")).SourceKey;

        await dispatcher.DeliverPendingAsync(CancellationToken.None);
        ProbeRecordedHandler.Deliveries(key).Should().Be(1);

        // The acknowledgement is lost: the message looks pending again, as after a crash before the mark was saved.
        await db.OutboxMessages.Where(m => m.MessageKey == key).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null));
        await dispatcher.DeliverPendingAsync(CancellationToken.None);

        ProbeRecordedHandler.Deliveries(key).Should().Be(2, "the message was delivered again");
        (await db.Receipts.CountAsync(r => r.SourceKey == key)).Should().Be(1, "the receiver is idempotent on the source key");
    }

    [Fact]
    public async Task Migrations_apply_to_an_empty_database_and_again_to_a_migrated_one_without_seeding_twice()
    {
        using var empty = PlatformDatabase.Create(provider);
        await using (var first = new PlatformFactory(empty))
        {
            (await first.Anonymous().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using var second = new PlatformFactory(empty);
        (await second.Anonymous().GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var scope = SystemScope(second);
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty(database.Key);
            (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty(database.Key);
        }

        var stations = await (await second.ApiAsync("lead")).GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/v1/staff/stations");
        stations!.Should().HaveCount(7, "the demo district is seeded once");
    }

    [Fact]
    public async Task Production_refuses_to_start_while_demo_accounts_exist()
    {
        await using var production = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Demo"] = "false", ["Logging:LogLevel:Microsoft.Extensions.Hosting"] = "None" }, environment: "Production"); // the refusal is asserted, not logged
        var start = () => production.CreateClient();
        start.Should().Throw<InvalidOperationException>().WithMessage("*演示账号*");

        // The operator starting the real host sees the one sentence and exit 1, not an unhandled exception.
        var process = await HostVerb.RunAsync(_database, "--urls", "http://127.0.0.1:0");
        process.ExitCode.Should().Be(1, process.ToString());
        process.Error.Should().Contain("数据库中存在演示账号").And.NotContain("Unhandled exception");
    }

    private static IServiceScope SystemScope(PlatformFactory factory)
    {
        var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        return scope;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The outbox did not deliver within 10 s.");
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}

public sealed class DurabilityTestsOnSqlite() : DurabilityTests(DatabaseProvider.Sqlite);

public sealed class DurabilityTestsOnPostgres() : DurabilityTests(DatabaseProvider.Postgres);
