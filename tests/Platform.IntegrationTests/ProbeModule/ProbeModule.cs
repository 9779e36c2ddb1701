using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Records;
using Platform.IntegrationTests.ProbeModule.Data;
using Quartz;

namespace Platform.IntegrationTests.ProbeModule;

/// <summary>
/// A module that lives only in the test suite: the host finds it through
/// <c>Platform:Modules:AdditionalAssemblies</c> with no change to the host, and it exercises
/// station scoping, the outbox and switching a module off.
/// </summary>
public sealed class ProbeModule : IModule
{
    public string Key => "probe";

    public string Name => "探针模块";

    public void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services, ModuleContext context) =>
        services.AddModuleDb<ProbeDb, SqliteProbeDb, PostgresProbeDb>(context);

    public void MapApi(RouteGroupBuilder api)
    {
        api.MapPost("/records", async (RecordProbe request, IMediator mediator) =>
            Results.Created($"/api/v1/probe/records/{await mediator.Send(request)}", null));
        api.MapGet("/records", async (ProbeDb db) => await db.Records.AsNoTracking().OrderBy(r => r.Id).ToListAsync());
        api.MapGet("/records/{id:int}", async (int id, ProbeDb db) =>
            await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id) is { } record ? Results.Ok(record) : Results.NotFound());
    }

    public IEnumerable<NavItem> Navigation => [new("探针", "Probe", "/Index", Order: 500, Group: "试验", Icon: "bug")];

    public IEnumerable<ScheduledJob> Jobs => [new(typeof(ProbeJob), "probe-job", "0 0 3 1 1 ?", "测试用作业")];

    // probe.record is given to the bureau on purpose: the station write guard, behind the permission, must still refuse it.
    public IEnumerable<Permission> Permissions => [new("probe.view", "查看探针", Roles.Worker, Roles.Lead), new("probe.record", "登记探针", Roles.Worker, Roles.Lead, Roles.Bureau)];
}

/// <summary>Records a probe at the caller's station and announces it through the outbox, in one transaction.</summary>
[Requires("probe.record")]
public sealed class RecordProbe : IRequest<int>, Platform.Contracts.Auditing.IAudited
{
    string Platform.Contracts.Auditing.IAudited.AuditAction => "登记探针记录";

    string? Platform.Contracts.Auditing.IAudited.AuditTarget => null;

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "请填写内容。")]
    public string Text { get; set; } = "";

    /// <summary>A registry client the record is about: its timeline gets an entry through the outbox, as a domain module's would.</summary>
    public string? ClientId { get; set; }

    /// <summary>Credits this indicator (one unit, today, to the caller) through the outbox, as a domain module would.</summary>
    public string? Credit { get; set; }

    /// <summary>Also enqueue a command that no module handles (to see it wait in the outbox).</summary>
    public bool UnhandledCommand { get; set; }

    internal sealed class Handler(ProbeDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordProbe, int>
    {
        public async Task<int> Handle(RecordProbe request, CancellationToken cancellationToken)
        {
            // The source key doubles as the outbox key of the announcement, so the durability tests find one by the other.
            var source = new RecordSource("probe", "record", Guid.NewGuid().ToString("N"));
            var record = new ProbeRecord { StationId = user.StationId ?? "", Text = request.Text, SourceKey = source.Key("recorded") };
            db.Records.Add(record);
            db.EnqueueAbout(source, "recorded", new ProbeRecorded(record.SourceKey, record.Text), clock);
            if (request.Credit is not null)
            {
                db.EnqueueCredit(source, new ServiceCredit(record.StationId, user.UserId!, request.Credit, 1, Platform.Contracts.LocalTime.Today(clock), [], request.Text, "/probe"), clock);
            }

            if (request.UnhandledCommand)
            {
                db.EnqueueAbout(source, "command", new UnhandledProbeCommand(record.SourceKey), clock);
            }

            if (request.ClientId is not null)
            {
                db.EnqueueTimeline(source, [request.ClientId], clock.GetUtcNow(), "探针记录", request.Text, "/probe", clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return record.Id;
        }
    }
}

/// <summary>A command that no module handles.</summary>
[Requires(Access.System)]
public sealed record UnhandledProbeCommand(string SourceKey) : IRequest;

/// <summary>Announced after a probe is recorded.</summary>
public sealed record ProbeRecorded(string SourceKey, string Text) : INotification;

/// <summary>The receiver: idempotent on the source key, and counts every delivery per key so that tests can see duplicates.</summary>
public sealed class ProbeRecordedHandler(ProbeDb db) : INotificationHandler<ProbeRecorded>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> DeliveriesByKey = new();

    /// <summary>How often the message of this source key reached a handler, in this process, across host instances.</summary>
    public static int Deliveries(string sourceKey) => DeliveriesByKey.GetValueOrDefault(sourceKey);

    public async Task Handle(ProbeRecorded notification, CancellationToken cancellationToken)
    {
        DeliveriesByKey.AddOrUpdate(notification.SourceKey, 1, (_, count) => count + 1);
        if (!await db.Receipts.AnyAsync(r => r.SourceKey == notification.SourceKey, cancellationToken))
        {
            db.Receipts.Add(new ProbeReceipt { SourceKey = notification.SourceKey });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

public sealed class ProbeJob : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
