using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;

namespace Platform.Modules.Notifications.Jobs;

/// <summary>A job's latest runs, newest first (administrator): which instance ran it, when, and what it did.</summary>
[Requires(NotificationsPermissions.Admin)]
internal sealed record ListJobRuns(string Group, string Name, int Take = 50) : IRequest<IReadOnlyList<JobRunView>>
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

public sealed record JobRunView(DateTime StartedAt, DateTime FinishedAt, bool Succeeded, string Result, string Node);
