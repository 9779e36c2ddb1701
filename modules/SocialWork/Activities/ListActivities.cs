using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Domain;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>Community activities the caller may see, newest first: a worker's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListActivities(string? WorkerId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<ActivityView>>
{
    /// <summary>One station's activities, for those who see several (empty: all they see).</summary>
    public string? StationId { get; init; }

    /// <summary>A column of <see cref="Columns"/>; none or unknown: newest first.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? Dir { get; init; }

    /// <summary>The columns the list sorts by, in the query.</summary>
    internal static readonly SortColumns<Activity> Columns = new SortColumns<Activity>("date", descending: true)
        .Add("date", a => a.Date)
        .Add("theme", a => a.Theme)
        .ThenBy(a => a.CreatedAt)
        .ThenBy(a => a.Id);

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<ListActivities, Paged<ActivityView>>
    {
        public async Task<Paged<ActivityView>> Handle(ListActivities request, CancellationToken cancellationToken)
        {
            var activities = db.Activities.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                activities = activities.Where(a => a.StationId == request.StationId);
            }

            if (!string.IsNullOrWhiteSpace(request.WorkerId) && request.WorkerId is { } workerId)
            {
                activities = activities.Where(a => a.WorkerId == workerId);
            }

            if (request.PendingOnly)
            {
                activities = activities.Where(a => a.CompletedAt == null && !a.IsWithdrawn);
            }

            var found = await Columns.Apply(activities, Columns.Resolve(request.Sort, request.Dir)).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            var today = LocalTime.Today(clock);
            return found.Map(a => ActivityView.Of(a, names, today));
        }
    }
}
