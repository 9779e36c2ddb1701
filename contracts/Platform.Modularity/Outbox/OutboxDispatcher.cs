using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modularity.Outbox;

/// <summary>
/// Delivers pending outbox messages of every module database, oldest first, each at most once at a
/// time across host instances (a batch is claimed with a short lease), marking them processed only after
/// every handler returned. A crash before that mark means a second delivery, which receivers absorb by
/// their source key. A lease is short and renewed while its batch is worked on, so the claims of a host that died
/// are free within <see cref="Lease"/>; the same host restarted (its <see cref="OutboxInstance"/> name) frees them at once.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    ModuleAssemblies assemblies,
    TimeProvider clock,
    OutboxInstance instance,
    ILogger<OutboxDispatcher> log)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>A claim with less than this left is renewed before the next message of its batch.</summary>
    private static readonly TimeSpan RenewWithin = TimeSpan.FromSeconds(20);
    private const int BatchSize = 200;
    private static readonly System.Reflection.MethodInfo SendMethod = typeof(IMediator).GetMethods().Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethodDefinition);

    /// <summary>
    /// Delivers what is due now — batch after batch while a module's batches come back full, so that a backlog
    /// drains at once instead of one batch per wake-up; returns how many messages were acknowledged.
    /// </summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var database in databases)
        {
            int batch;
            do
            {
                batch = await DeliverAsync(database, cancellationToken);
                delivered += batch;
            }
            while (batch == BatchSize && !cancellationToken.IsCancellationRequested);
        }

        return delivered;
    }

    private async Task<int> DeliverAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        var messages = ((DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).Set<OutboxMessage>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await messages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        if (due.Count == 0)
        {
            return 0;
        }

        // One statement claims the whole batch; the lease end, made unique with a random offset, says which rows are ours.
        var leaseEnd = NewLeaseEnd();
        var ids = due.Select(m => m.Id).ToList();
        await messages
            .Where(m => ids.Contains(m.Id) && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.LockedBy, instance.Name), cancellationToken);
        var claimed = await messages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.LockedUntil == leaseEnd).Select(m => m.Id).ToListAsync(cancellationToken);
        var ours = claimed.ToHashSet();

        var done = new List<long>();
        var waiting = 0;
        try
        {
            foreach (var message in due.Where(m => ours.Contains(m.Id)))
            {
                if (leaseEnd - clock.GetUtcNow().UtcDateTime < RenewWithin)
                {
                    var renewed = NewLeaseEnd();
                    await messages.Where(m => ours.Contains(m.Id) && m.ProcessedAt == null && m.LockedUntil == leaseEnd)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, renewed), cancellationToken);
                    leaseEnd = renewed;
                }

                try
                {
                    if (await PublishAsync(message, cancellationToken))
                    {
                        done.Add(message.Id);
                    }
                    else
                    {
                        await WaitForReceiverAsync(messages, message, database.Key);
                        waiting++;
                    }
                }
                catch (BusinessRuleException ex)
                {
                    // A receiver refused the message for a business rule (an indicator unknown to the catalogue, a date
                    // outside every project): trying again changes nothing. It is set aside with the reason, which the
                    // receiver also keeps where its users see it, and the module's later messages go on.
                    await messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(m => m.ProcessedAt, clock.GetUtcNow().UtcDateTime)
                            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                            .SetProperty(m => m.LockedUntil, (DateTime?)null)
                            .SetProperty(m => m.LastError, Refused + ex.Message),
                        CancellationToken.None);
                    log.LogWarning("Outbox message {Key} of module {Module} was refused: {Reason}", message.MessageKey, database.Key, ex.Message);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts + 1);
                    var error = ex.ToString();
                    error = error.Length > 2000 ? error[..2000] : error;
                    await messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                        s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                            .SetProperty(m => m.NextAttemptAt, retryAt)
                            .SetProperty(m => m.LockedUntil, (DateTime?)null)
                            .SetProperty(m => m.LastError, error),
                        CancellationToken.None);
                    log.LogWarning(ex, "Outbox message {Key} of module {Module} failed (attempt {Attempt}); retry at {RetryAt:o}", message.MessageKey, database.Key, message.Attempts + 1, retryAt);

                    // Later messages of this module wait, so receivers see one module's messages in order.
                    break;
                }
            }
        }
        finally
        {
            // Acknowledged together; a crash before this line means these are delivered again, which receivers absorb by their source key.
            if (done.Count > 0)
            {
                var processedAt = clock.GetUtcNow().UtcDateTime;
                await messages.Where(m => done.Contains(m.Id)).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ProcessedAt, processedAt)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LastError, (string?)null),
                    CancellationToken.None);
            }

            if (waiting > 0)
            {
                log.LogInformation("{Count} outbox commands of module {Module} wait for a module that handles them (retried hourly and at start)", waiting, database.Key);
            }

            // Claimed but not reached (after a failure): free them for the next run at once.
            var untouched = claimed.Except(done).ToList();
            if (untouched.Count > 0)
            {
                await messages.Where(m => untouched.Contains(m.Id) && m.ProcessedAt == null && m.LockedUntil == leaseEnd)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTime?)null), CancellationToken.None);
            }
        }

        return done.Count;
    }

    private DateTime NewLeaseEnd()
    {
        var end = clock.GetUtcNow().UtcDateTime + Lease + TimeSpan.FromTicks(Random.Shared.Next(1, 10_000_000));

        // PostgreSQL keeps microseconds: a lease end with finer ticks would not compare equal once stored.
        return new DateTime(end.Ticks - end.Ticks % 10, DateTimeKind.Utc);
    }

    /// <summary>
    /// At start: the claims this instance held when it stopped (a crash, a <c>kill -9</c>) are freed at once, rather than
    /// waiting out their lease. Returns how many.
    /// </summary>
    public async Task<int> ReleaseOwnClaimsAsync(CancellationToken cancellationToken)
    {
        var released = 0;
        foreach (var database in databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var messages = ((DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).Set<OutboxMessage>();
            released += await messages.Where(m => m.ProcessedAt == null && m.LockedUntil != null && m.LockedBy == instance.Name)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTime?)null), cancellationToken);
        }

        return released;
    }

    /// <summary>Delivers one message; false when it is a command that no installed module handles yet.</summary>
    private async Task<bool> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = assemblies.ResolveType(message.Type)
            ?? throw new InvalidOperationException($"Outbox message type {message.Type} is not loaded (is its module disabled?).");
        var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxExtensions.Json)!;

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        if (payload is INotification notification)
        {
            await mediator.Publish(notification, cancellationToken);
            return true;
        }

        var response = type.GetInterfaces()
            .Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        if (scope.ServiceProvider.GetService(typeof(IRequestHandler<,>).MakeGenericType(type, response)) is null)
        {
            return false;
        }

        // MediatR 5 sends only typed requests: call Send<TResponse> for the stored type.
        var send = SendMethod.MakeGenericMethod(response);
        await (Task)send.Invoke(mediator, [payload, cancellationToken])!;
        return true;
    }

    /// <summary>
    /// A command whose receiver is not installed stays in the outbox: tried again hourly and at every start, so
    /// that, for example, hours earned before the ledger module was switched on are credited once it is. It does
    /// not hold up the module's other messages, which go to other receivers.
    /// </summary>
    private async Task WaitForReceiverAsync(DbSet<OutboxMessage> messages, OutboxMessage message, string module)
    {
        var retryAt = clock.GetUtcNow().UtcDateTime + TimeSpan.FromHours(1);
        await messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.NextAttemptAt, retryAt)
                .SetProperty(m => m.LockedUntil, (DateTime?)null)
                .SetProperty(m => m.LastError, WaitingForReceiver),
            CancellationToken.None);
        log.LogDebug("Outbox message {Key} of module {Module} waits for a module that handles {Type}", message.MessageKey, module, message.Type);
    }

    /// <summary>Makes commands that waited for a receiver due now; the host calls it once at start, after the modules are loaded.</summary>
    public async Task<int> WakeWaitingAsync(CancellationToken cancellationToken)
    {
        var woken = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var database in databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var messages = ((DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType)).Set<OutboxMessage>();
            woken += await messages.Where(m => m.ProcessedAt == null && m.LastError == WaitingForReceiver)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        }

        return woken;
    }

    /// <summary>How <see cref="OutboxMessage.LastError"/> begins for a message its receiver refused for a business rule.</summary>
    public const string Refused = "已拒绝：";

    /// <summary>What <see cref="OutboxMessage.LastError"/> says of a command waiting for its receiver.</summary>
    public const string WaitingForReceiver = "等待接收模块：尚无已启用的模块处理此消息。";

    /// <summary>5 s, 10 s, 20 s … up to one hour between attempts.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Min(attempts - 1, 20))));
}
