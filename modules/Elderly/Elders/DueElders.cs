using Microsoft.EntityFrameworkCore;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>
/// The due computation shared by lists, the API and the digest: one query over all elders (each with its last visit by
/// index), filtered in the database by each frequency's cut-off day, so only the elders owed a visit come back.
/// </summary>
internal static class DueElders
{
    public static async Task<List<ElderLine>> LinesAsync(ElderlyDb db, DateOnly day, string? stationId, string? workerId, bool dueOnly, CancellationToken cancellationToken)
    {
        var elders = db.Elders.AsNoTracking().Open();
        if (!string.IsNullOrEmpty(stationId))
        {
            elders = elders.Where(e => e.StationId == stationId);
        }

        if (!string.IsNullOrEmpty(workerId))
        {
            elders = elders.Where(e => e.WorkerId == workerId);
        }

        var withLast = elders.Select(e => new
        {
            e.ClientId, e.StationId, e.Name, e.WorkerId, e.Tier, e.Every, e.Since,
            Last = db.Visits.Where(v => v.ClientId == e.ClientId && !v.IsWithdrawn).Max(v => (DateOnly?)v.VisitedOn),
        });
        if (dueOnly)
        {
            var week = ElderlyRules.Cutoff(day, VisitEvery.Week);
            var month = ElderlyRules.Cutoff(day, VisitEvery.Month);
            var quarter = ElderlyRules.Cutoff(day, VisitEvery.Quarter);
            withLast = withLast.Where(e => e.Last == null
                || (e.Every == VisitEvery.Week && e.Last <= week)
                || (e.Every == VisitEvery.Month && e.Last <= month)
                || (e.Every == VisitEvery.Quarter && e.Last <= quarter));
        }

        return (await withLast.ToListAsync(cancellationToken))
            .Select(e => new ElderLine
            {
                ClientId = e.ClientId,
                StationId = e.StationId,
                Name = e.Name,
                WorkerId = e.WorkerId,
                Tier = e.Tier,
                Every = e.Every,
                LastVisit = e.Last,
                NextDue = e.Last is { } last ? ElderlyRules.Next(last, e.Every) : e.Since,
            })
            .Where(e => !dueOnly || e.NextDue <= day)
            .ToList();
    }
}
