using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>Community activities the caller may see, newest first: a worker's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListActivities(string? WorkerId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<ActivityView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<ListActivities, Paged<ActivityView>>
    {
        public async Task<Paged<ActivityView>> Handle(ListActivities request, CancellationToken cancellationToken)
        {
            var activities = db.Activities.AsNoTracking();
            if (request.WorkerId is { } workerId)
            {
                activities = activities.Where(a => a.WorkerId == workerId);
            }

            if (request.PendingOnly)
            {
                activities = activities.Where(a => a.CompletedAt == null && !a.IsWithdrawn);
            }

            var found = await activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            var today = LocalTime.Today(clock);
            return found.Map(a => ActivityView.Of(a, names, today));
        }
    }
}
