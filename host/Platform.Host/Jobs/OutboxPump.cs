using Platform.Modularity.Outbox;

namespace Platform.Host.Jobs;

/// <summary>
/// Delivers outbox messages right after the commit that wrote them, and once at start-up for anything a
/// crash left behind. The Quartz job <c>outbox-delivery</c> retries on a schedule underneath.
/// </summary>
internal sealed class OutboxPump(OutboxSignal signal, OutboxDispatcher dispatcher, IConfiguration configuration, ILogger<OutboxPump> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's "async" calls complete synchronously: yield first so the start-up pass does not hold up the host's start.
        await Task.Yield();

        // Tests switch this off to stand for a process that died between commit and delivery.
        if (!configuration.GetValue("Platform:Outbox:DeliverAfterCommit", true))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DeliverPendingAsync(stoppingToken);
                await signal.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "Outbox delivery loop failed; the scheduled job will retry.");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }
}
