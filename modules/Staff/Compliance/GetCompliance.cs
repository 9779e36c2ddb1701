using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Compliance;

/// <summary>
/// Who is behind on the tender's obligations on <see cref="Day"/> (today when null): certificate within a year of hiring,
/// 2 hours of supervision a month, 60 hours of training a year. A worker sees only themselves; the lead, the bureau
/// and the administrator see every station, or one.
/// </summary>
[Requires(StaffPermissions.ViewCompliance)]
internal sealed record GetCompliance(string? StationId = null, DateOnly? Day = null) : IRequest<ComplianceReport>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetCompliance, ComplianceReport>
    {
        public async Task<ComplianceReport> Handle(GetCompliance request, CancellationToken cancellationToken)
        {
            var day = request.Day ?? LocalTime.Today(clock);
            var workers = Workers.StationWorkers(db).Where(w => !w.IsDisabled);
            if (!user.SeesAllStations())
            {
                workers = workers.Where(w => w.Id == user.UserId);
            }

            else if (!string.IsNullOrEmpty(request.StationId))
            {
                workers = workers.Where(w => w.StationId == request.StationId);
            }

            var people = await workers.OrderBy(w => w.StationId).ThenBy(w => w.UserName)
                .Select(w => new { w.Id, w.DisplayName, w.StationId })
                .ToListAsync(cancellationToken);
            var ids = people.Select(p => p.Id).ToList();
            var stations = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Name, s.Code), cancellationToken);
            var profiles = await db.WorkerProfiles.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
            var yearStart = new DateOnly(day.Year, 1, 1);
            var supervision = await (from s in db.SupervisionSessions.AsNoTracking()
                                     from a in s.Attendees
                                     where !s.IsWithdrawn && s.Date >= yearStart && s.Date <= day && ids.Contains(a.WorkerId)
                                     select new { a.WorkerId, s.Date, s.Hours })
                .ToListAsync(cancellationToken);
            var training = await db.TrainingRecords.AsNoTracking().IgnoreQueryFilters()
                .Where(t => !t.IsWithdrawn && t.Date >= yearStart && t.Date <= day && ids.Contains(t.WorkerId))
                .Select(t => new { t.WorkerId, t.Hours })
                .ToListAsync(cancellationToken);
            var supervisionByWorker = supervision.ToLookup(s => s.WorkerId);
            var trainingByWorker = training.ToLookup(t => t.WorkerId, t => t.Hours);

            var rows = people.Select(p => ComplianceRow.Of(
                    p.Id,
                    p.DisplayName,
                    p.StationId!,
                    stations.GetValueOrDefault(p.StationId!).Name ?? "",
                    profiles.GetValueOrDefault(p.Id),
                    supervisionByWorker[p.Id].Select(s => (s.Date, s.Hours)).ToList(),
                    trainingByWorker[p.Id].Sum(),
                    day))
                .OrderBy(r => stations.GetValueOrDefault(r.StationId).Code, StringComparer.Ordinal)
                .ToList();
            return new ComplianceReport(day, rows);
        }
    }
}

/// <summary>The compliance of every worker the caller may see on one day.</summary>
public sealed record ComplianceReport(DateOnly Day, IReadOnlyList<ComplianceRow> Workers)
{
    public int Behind => Workers.Count(w => w.IsBehind);
}
