using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Jobs;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Domain;

namespace Platform.Modules.Notifications.Jobs;

/// <summary>Keeps each job run for the jobs page (published by the host's job listener, in a scope acting as the platform).</summary>
internal sealed class JobRunFinishedHandler(NotificationsDb db) : INotificationHandler<JobRunFinished>
{
    public async Task Handle(JobRunFinished notification, CancellationToken cancellationToken)
    {
        var result = notification.Result.Length > 500 ? notification.Result[..500] : notification.Result;
        db.JobRuns.Add(new JobRun
        {
            Group = notification.Group,
            Name = notification.Name,
            FireId = notification.FireId,
            ScheduledAt = notification.ScheduledAt,
            StartedAt = notification.StartedAt,
            FinishedAt = notification.FinishedAt,
            Succeeded = notification.Succeeded,
            Result = result,
            Node = notification.Node,
        });
        await db.SaveChangesAsync(cancellationToken);

        // The page shows the last run; a job that runs every minute keeps its latest runs only.
        var oldest = await db.JobRuns.Where(r => r.Group == notification.Group && r.Name == notification.Name)
            .OrderByDescending(r => r.Id).Skip(KeptRuns).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (oldest is { } id)
        {
            await db.JobRuns.Where(r => r.Group == notification.Group && r.Name == notification.Name && r.Id <= id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Runs kept per job.</summary>
    public const int KeptRuns = 200;
}
