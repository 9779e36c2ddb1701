using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>One group by id; not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetGroup(string Id) : IRequest<GroupView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<GetGroup, GroupView>
    {
        public async Task<GroupView> Handle(GetGroup request, CancellationToken cancellationToken)
        {
            var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个小组，或您无权查看。");
            return GroupView.Of(group, await WorkerNames.VisibleAsync(mediator, cancellationToken));
        }
    }
}
