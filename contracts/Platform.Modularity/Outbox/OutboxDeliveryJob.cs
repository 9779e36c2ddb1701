using Quartz;

namespace Platform.Modularity.Outbox;

/// <summary>Retries outbox delivery on a schedule: the safety net under the delivery that follows each commit.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await dispatcher.DeliverPendingAsync(cancellationToken);
}
