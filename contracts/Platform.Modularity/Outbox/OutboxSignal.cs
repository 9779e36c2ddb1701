using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Platform.Modularity.Outbox;

/// <summary>Wakes the delivery loop right after a commit that wrote outbox messages, so delivery need not wait for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Asks the delivery loop to run soon.</summary>
    public void Raise()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit already woke the loop; one run delivers both.
            }
        }
    }

    /// <summary>Waits until raised or until the timeout passes.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);

    internal static bool HasPendingMessages(DbContext db) =>
        db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    internal static void Raise(DbContext db) => db.GetService<OutboxSignal>().Raise();
}
