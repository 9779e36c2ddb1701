using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>One visit by id, or not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetVisit(string Id) : IRequest<VisitView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<GetVisit, VisitView>
    {
        public async Task<VisitView> Handle(GetVisit request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条探访记录，或您无权查看。");
            return VisitView.Of(visit, await WorkerNames.VisibleAsync(mediator, cancellationToken));
        }
    }
}
