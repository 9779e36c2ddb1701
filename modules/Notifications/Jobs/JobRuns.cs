using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Jobs;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Domain;
using Quartz;

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

/// <summary>Every scheduled job: its schedule, last and next run, and the last run's result (administrator).</summary>
[Requires(NotificationsPermissions.Admin)]
public sealed record ListJobs : IRequest<IReadOnlyList<JobView>>
{
    internal sealed class Handler(ISchedulerFactory schedulers, NotificationsDb db) : IRequestHandler<ListJobs, IReadOnlyList<JobView>>
    {
        public async Task<IReadOnlyList<JobView>> Handle(ListJobs request, CancellationToken cancellationToken)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var views = new List<JobView>();
            foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.Group).ThenBy(k => k.Name))
            {
                var detail = await scheduler.GetJobDetail(key, cancellationToken);
                var trigger = (await scheduler.GetTriggersOfJob(key, cancellationToken)).FirstOrDefault();
                var last = await db.JobRuns.AsNoTracking().Where(r => r.Group == key.Group && r.Name == key.Name)
                    .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
                views.Add(new JobView(
                    key.Group,
                    key.Name,
                    detail?.Description ?? "",
                    (trigger as ICronTrigger)?.CronExpressionString,
                    trigger?.PreviousFireTimeUtc?.UtcDateTime,
                    trigger?.NextFireTimeUtc?.UtcDateTime,
                    last is null ? null : new JobRunView(last.StartedAt, last.FinishedAt, last.Succeeded, last.Result, last.Node)));
            }

            return views;
        }
    }
}

/// <summary>A job's latest runs, newest first (administrator): which instance ran it, when, and what it did.</summary>
[Requires(NotificationsPermissions.Admin)]
public sealed record ListJobRuns(string Group, string Name, int Take = 50) : IRequest<IReadOnlyList<JobRunView>>
{
    internal sealed class Handler(NotificationsDb db) : IRequestHandler<ListJobRuns, IReadOnlyList<JobRunView>>
    {
        public async Task<IReadOnlyList<JobRunView>> Handle(ListJobRuns request, CancellationToken cancellationToken)
        {
            return await db.JobRuns.AsNoTracking().Where(r => r.Group == request.Group && r.Name == request.Name)
                .OrderByDescending(r => r.Id).Take(Math.Clamp(request.Take, 1, JobRunFinishedHandler.KeptRuns))
                .Select(r => new JobRunView(r.StartedAt, r.FinishedAt, r.Succeeded, r.Result, r.Node))
                .ToListAsync(cancellationToken);
        }
    }
}

public sealed record JobView(string Group, string Name, string Description, string? Cron, DateTime? PreviousFire, DateTime? NextFire, JobRunView? LastRun);

public sealed record JobRunView(DateTime StartedAt, DateTime FinishedAt, bool Succeeded, string Result, string Node);

/// <summary>The administrator runs a job now, out of schedule (a reminder job sends nothing it sent before).</summary>
[Requires(NotificationsPermissions.Admin)]
public sealed record RunJobNow(string Group, string Name) : IRequest, IAudited
{
    string IAudited.AuditAction => "立即运行定时任务";

    string? IAudited.AuditTarget => $"{Group}.{Name}";

    internal sealed class Handler(ISchedulerFactory schedulers) : IRequestHandler<RunJobNow, Unit>
    {
        public async Task<Unit> Handle(RunJobNow request, CancellationToken cancellationToken)
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var key = new JobKey(request.Name ?? "", request.Group ?? "");
            if (!await scheduler.Exists(key, cancellationToken))
            {
                throw new NotFoundException("没有这个定时任务。");
            }

            await scheduler.TriggerJob(key, cancellationToken);
            return Unit.Value;
        }
    }
}
