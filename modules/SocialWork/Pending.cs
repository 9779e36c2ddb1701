using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork;

/// <summary>
/// The 待完善 list: the cases, groups and community activities of a worker, of a station, or of everything the
/// caller may see, that do not count yet, each with what it lacks — oldest first, since those are the most
/// overdue; at most <see cref="Most"/> of each kind.
/// </summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record ListPending(string? WorkerId = null, string? StationId = null) : IRequest<IReadOnlyList<PendingRecord>>
{
    public const int Most = 200;

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<ListPending, IReadOnlyList<PendingRecord>>
    {
        public async Task<IReadOnlyList<PendingRecord>> Handle(ListPending request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            var cases = await Mine(db.Cases.Where(c => !c.IsWithdrawn && !c.Documents.Any(d => d.Kind == CaseDocumentKind.Evaluation)), request)
                .OrderBy(c => c.OpenedOn).Take(Most).ToListAsync(cancellationToken);
            var groups = await Mine(db.Groups.Where(g => !g.IsWithdrawn && g.CompletedAt == null), request).OrderBy(g => g.CreatedAt).Take(Most).ToListAsync(cancellationToken);
            var activities = await Mine(db.Activities.Where(a => !a.IsWithdrawn && a.CompletedAt == null), request).OrderBy(a => a.Date).Take(Most).ToListAsync(cancellationToken);
            string Name(string workerId) => names.GetValueOrDefault(workerId, workerId);
            return
            [
                .. cases.Select(c => new PendingRecord("个案", $"个案：{c.ClientName}", c.OpenedOn, c.StationId, Name(c.WorkerId), c.Missing(), $"/socialwork/cases/details/{c.Id}")),
                .. groups.Select(g => new PendingRecord("小组", g.Name, LocalTime.DateOf(new DateTimeOffset(g.CreatedAt, TimeSpan.Zero)), g.StationId, Name(g.WorkerId), g.Missing(), $"/socialwork/groups/details/{g.Id}")),
                .. activities.Select(a => new PendingRecord("社区活动", a.Theme, a.Date, a.StationId, Name(a.WorkerId), a.Missing(today), $"/socialwork/activities/details/{a.Id}")),
            ];
        }

        private static IQueryable<T> Mine<T>(IQueryable<T> records, ListPending request) where T : class, IWorkerRecord
        {
            // An empty value (a form's "全部") is no filter.
            if (!string.IsNullOrWhiteSpace(request.WorkerId) && request.WorkerId is { } workerId)
            {
                records = records.Where(r => r.WorkerId == workerId);
            }

            if (!string.IsNullOrWhiteSpace(request.StationId) && request.StationId is { } stationId)
            {
                records = records.Where(r => r.StationId == stationId);
            }

            return records.AsNoTracking();
        }
    }
}

/// <summary>A record that does not count yet, and why.</summary>
public sealed record PendingRecord(string Kind, string Title, DateOnly Since, string StationId, string WorkerName, IReadOnlyList<string> Missing, string Link);
