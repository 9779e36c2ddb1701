using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;
using Quartz;

namespace Platform.Modules.Notifications.Jobs;

/// <summary>Every scheduled job: its schedule, last and next run, and the last run's result (administrator).</summary>
[Requires(NotificationsPermissions.Admin)]
internal sealed record ListJobs : IRequest<IReadOnlyList<JobView>>
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

public sealed record JobView(string Group, string Name, string Description, string? Cron, DateTime? PreviousFire, DateTime? NextFire, JobRunView? LastRun)
{
    /// <summary>The job's name in words: a module describes a job as "名称：what it does".</summary>
    public string Title => Description.Split('：', 2)[0] is { Length: > 0 } title ? title : Name;

    /// <summary>What the job does, after its name.</summary>
    public string? Detail => Description.Split('：', 2) is [_, var detail] ? detail : null;

    /// <summary>The schedule in words ("每天 07:30").</summary>
    public string Schedule => ScheduleWords.Of(Cron);
}
