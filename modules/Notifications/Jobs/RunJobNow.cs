using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Quartz;

namespace Platform.Modules.Notifications.Jobs;

/// <summary>The administrator runs a job now, out of schedule (a reminder job sends nothing it sent before).</summary>
[Requires(NotificationsPermissions.Admin)]
internal sealed record RunJobNow(string Group, string Name) : IRequest, IAudited
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
