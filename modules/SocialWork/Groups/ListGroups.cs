using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>Groups the caller may see, newest first: a worker's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListGroups(string? WorkerId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<GroupView>>
{
    /// <summary>One station's groups, for those who see several (empty: all they see).</summary>
    public string? StationId { get; init; }

    /// <summary>A column of <see cref="Columns"/>; none or unknown: newest first.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? Dir { get; init; }

    /// <summary>The columns the list sorts by, in the query.</summary>
    internal static readonly SortColumns<Group> Columns = new SortColumns<Group>("created", descending: true)
        .Add("created", g => g.CreatedAt)
        .Add("name", g => g.Name)
        .ThenBy(g => g.Id);

    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListGroups, Paged<GroupView>>
    {
        public async Task<Paged<GroupView>> Handle(ListGroups request, CancellationToken cancellationToken)
        {
            var groups = db.Groups.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                groups = groups.Where(g => g.StationId == request.StationId);
            }

            if (!string.IsNullOrWhiteSpace(request.WorkerId) && request.WorkerId is { } workerId)
            {
                groups = groups.Where(g => g.WorkerId == workerId);
            }

            if (request.PendingOnly)
            {
                groups = groups.Where(g => g.CompletedAt == null && !g.IsWithdrawn);
            }

            var found = await Columns.Apply(groups, Columns.Resolve(request.Sort, request.Dir)).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(g => GroupView.Of(g, names));
        }
    }
}
