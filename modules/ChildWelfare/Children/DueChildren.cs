using Microsoft.EntityFrameworkCore;
using Platform.Modularity.ClientFiles;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>The due-list computation shared by the page, the API, the digest and the reminder: one query, all children at once.</summary>
internal static class DueChildren
{
    public static int MonthOf(DateOnly day) => (day.Year * 100) + day.Month;

    public static async Task<IReadOnlyList<DueChild>> ListAsync(ChildWelfareDb db, ChildWelfareRules rules, DateOnly day, string? stationId, string? workerId, CancellationToken cancellationToken)
    {
        var month = MonthOf(day);
        var dueBy = new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
        var children = db.Children.AsNoTracking().Open().Where(c => c.IsKeyChild);
        if (!string.IsNullOrEmpty(stationId))
        {
            children = children.Where(c => c.StationId == stationId);
        }

        if (!string.IsNullOrEmpty(workerId))
        {
            children = children.Where(c => c.WorkerId == workerId);
        }

        var owed = rules.KeyChildHomeVisitsPerMonth;
        var rows = await children
            .Select(c => new { c.ClientId, c.StationId, c.Name, c.WorkerId, c.Risk, Visits = db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn) })
            .Where(c => c.Visits < owed)
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Risk).ThenBy(r => r.Name).Select(r => new DueChild
        {
            ClientId = r.ClientId,
            StationId = r.StationId,
            Name = r.Name,
            WorkerId = r.WorkerId,
            Risk = r.Risk,
            HomeVisits = r.Visits,
            Owed = owed - r.Visits,
            DueBy = dueBy,
        }).ToList();
    }
}
