using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>One activity by id, with what it still lacks; not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetActivity(string Id) : IRequest<ActivityView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<GetActivity, ActivityView>
    {
        public async Task<ActivityView> Handle(GetActivity request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个活动，或您无权查看。");
            return ActivityView.Of(activity, await WorkerNames.VisibleAsync(mediator, cancellationToken), LocalTime.Today(clock));
        }
    }
}
