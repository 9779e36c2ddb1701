using MediatR;
using Platform.Modularity;
using Platform.Modularity.Jobs;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>Announces every finished job run (<see cref="JobRunFinished"/>) with its result or error, for the jobs page.</summary>
internal sealed class JobRunListener(IServiceScopeFactory scopes, ILogger<JobRunListener> log) : IJobListener
{
    public string Name => "platform-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        // Delivery runs every few seconds; keeping each of its runs would drown the reminders' history.
        if (context.JobDetail.Key.Group == JobSetup.HostGroup && jobException is null)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var error = jobException?.InnerException ?? jobException;
            var started = context.FireTimeUtc.UtcDateTime;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(
                new JobRunFinished(
                    context.JobDetail.Key.Group,
                    context.JobDetail.Key.Name,
                    context.FireInstanceId,
                    (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime,
                    started,
                    started + context.JobRunTime,
                    error is null,
                    error is null ? context.Result as string ?? "完成" : $"失败：{error.Message}",
                    context.Scheduler.SchedulerInstanceId),
                cancellationToken);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Could not keep the run of job {Job}.", context.JobDetail.Key);
        }
    }
}
