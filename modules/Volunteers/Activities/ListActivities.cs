using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>One page of activities the caller may see, the latest first unless another whitelisted column is asked for.</summary>
[Requires(VolunteerPermissions.View)]
internal sealed record ListActivities(string? StationId = null, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize) : IRequest<ActivityPage>
{
    internal static readonly SortColumns<Activity> Columns = new SortColumns<Activity>("date", descending: true)
        .Add("date", a => a.StartsAt)
        .Add("title", a => a.Title)
        .Add("worker", a => a.WorkerName)
        .Add("state", a => a.State)
        .ThenBy(a => a.Id);

    internal sealed class Handler(VolunteersDb db) : IRequestHandler<ListActivities, ActivityPage>
    {
        public async Task<ActivityPage> Handle(ListActivities request, CancellationToken cancellationToken)
        {
            var query = db.Activities.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                query = query.Where(a => a.StationId == request.StationId);
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            var page = await Columns.Apply(query, sort)
                .Select(a => new ActivityLine(a.Id, a.StationId, a.Title, a.StartsAt, a.EndsAt, a.Place, a.WorkerName, a.State, a.CreditedHours,
                    db.Attendances.Count(t => t.ActivityId == a.Id), db.Attendances.Count(t => t.ActivityId == a.Id && t.SignedOutAt == null)))
                .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new ActivityPage(page.Map(l => l with { StartsAt = DateTime.SpecifyKind(l.StartsAt, DateTimeKind.Utc), EndsAt = DateTime.SpecifyKind(l.EndsAt, DateTimeKind.Utc) }), sort);
        }
    }
}

/// <summary>An activity in the list (times UTC); <see cref="Open"/> counts sign-ins without a sign-out.</summary>
public sealed record ActivityLine(string Id, string StationId, string Title, DateTime StartsAt, DateTime EndsAt, string Place, string WorkerName, ActivityState State, decimal CreditedHours, int Volunteers, int Open);

/// <summary>A page of activities and how it is sorted.</summary>
public sealed record ActivityPage(Paged<ActivityLine> Rows, ListSort Sort);
