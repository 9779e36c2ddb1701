using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Modularity.Data;

namespace Platform.Modularity.Outbox;

/// <summary>
/// Delivers pending outbox messages of every module database, oldest first, each at most once at a
/// time across host instances (a short lease), marking it processed only after every handler returned.
/// A crash before that mark means a second delivery, which receivers absorb by their source key.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IEnumerable<ModuleDatabase> databases,
    ModuleAssemblies assemblies,
    TimeProvider clock,
    ILogger<OutboxDispatcher> log)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int BatchSize = 200;

    /// <summary>Delivers what is due now; returns how many messages were acknowledged.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var database in databases)
        {
            delivered += await DeliverAsync(database, cancellationToken);
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

        var delivered = 0;
        foreach (var message in due)
        {
            var leaseEnd = clock.GetUtcNow().UtcDateTime + Lease;
            var claimed = await messages
                .Where(m => m.Id == message.Id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                await PublishAsync(message, cancellationToken);
                await messages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                    s => s.SetProperty(m => m.ProcessedAt, clock.GetUtcNow().UtcDateTime)
                        .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                        .SetProperty(m => m.LockedUntil, (DateTime?)null)
                        .SetProperty(m => m.LastError, (string?)null),
                    CancellationToken.None);
                delivered++;
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

        return delivered;
    }

    private async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = assemblies.ResolveType(message.Type)
            ?? throw new InvalidOperationException($"Outbox message type {message.Type} is not loaded (is its module disabled?).");
        var notification = (INotification)JsonSerializer.Deserialize(message.Payload, type, OutboxExtensions.Json)!;

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification, cancellationToken);
    }

    /// <summary>5 s, 10 s, 20 s … up to one hour between attempts.</summary>
    internal static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Min(attempts - 1, 20))));
}
