using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>Groups the caller may see, newest first: a worker's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListGroups(string? WorkerId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<GroupView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListGroups, Paged<GroupView>>
    {
        public async Task<Paged<GroupView>> Handle(ListGroups request, CancellationToken cancellationToken)
        {
            var groups = db.Groups.AsNoTracking();
            if (request.WorkerId is { } workerId)
            {
                groups = groups.Where(g => g.WorkerId == workerId);
            }

            if (request.PendingOnly)
            {
                groups = groups.Where(g => g.CompletedAt == null && !g.IsWithdrawn);
            }

            var found = await groups.OrderByDescending(g => g.CreatedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(g => GroupView.Of(g, names));
        }
    }
}
