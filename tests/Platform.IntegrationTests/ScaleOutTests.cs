using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.ProbeModule;
using Platform.IntegrationTests.ProbeModule.Data;
using Platform.IntegrationTests.Support;
using Platform.Modularity;
using Platform.Modularity.Data;
using Quartz;

namespace Platform.IntegrationTests;

/// <summary>Two host instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private PlatformDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PlatformDatabase.DemoDistrictAsync(DatabaseProvider.Postgres);

    [Fact]
    public async Task Two_instances_share_sessions_and_the_clustered_scheduler_delivers_each_message_once()
    {
        // Only the clustered Quartz job delivers here, every second, on whichever instance wins the fire.
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Outbox:DeliverAfterCommit"] = "false",
            ["Platform:Outbox:RetryCron"] = "0/1 * * * * ?",
        };
        await using var first = new PlatformFactory(_database, settings);
        var worker = await first.ApiAsync("worker09");
        await using var second = new PlatformFactory(_database, settings);

        // A token issued by one instance is honoured by the other: the key ring is in the database.
        var other = second.Anonymous();
        other.DefaultRequestHeaders.Authorization = worker.DefaultRequestHeaders.Authorization;
        (await other.GetAsync("/api/v1/staff/me")).StatusCode.Should().Be(HttpStatusCode.OK);

        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var metadata = await scheduler.GetMetadata();
        metadata.JobStoreClustered.Should().BeTrue();
        metadata.JobStorePersistent.Should().BeTrue();

        for (var i = 0; i < 5; i++)
        {
            (await (i % 2 == 0 ? worker : other).PostAsJsonAsync("/api/v1/probe/records", new { text = $"负载均衡{i}" })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        using var scope = first.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDb>();
        var keys = await db.Records.Where(r => r.Text.StartsWith("负载均衡")).Select(r => r.SourceKey).ToListAsync();
        keys.Should().HaveCount(5);
        for (var attempt = 0; attempt < 150 && await db.Receipts.CountAsync(r => keys.Contains(r.SourceKey)) < 5; attempt++)
        {
            await Task.Delay(100);
        }

        (await db.Receipts.CountAsync(r => keys.Contains(r.SourceKey))).Should().Be(5);
        keys.Select(ProbeRecordedHandler.Deliveries).Should().AllBeEquivalentTo(1, "neither instance delivered a message the other had delivered");
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
