using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>Per station: files, key children, key children visited this month, still owed, and risk levels.</summary>
[Requires(ChildWelfarePermissions.View)]
internal sealed record GetChildOverview : IRequest<IReadOnlyList<StationChildren>>
{
    internal sealed class Handler(ChildWelfareDb db, ChildWelfareRules rules, TimeProvider clock) : IRequestHandler<GetChildOverview, IReadOnlyList<StationChildren>>
    {
        public async Task<IReadOnlyList<StationChildren>> Handle(GetChildOverview request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var month = DueChildren.MonthOf(today);
            var rows = await db.Children.AsNoTracking().Open()
                .GroupBy(c => c.StationId)
                .Select(g => new
                {
                    StationId = g.Key,
                    Files = g.Count(),
                    Key = g.Count(c => c.IsKeyChild),
                    High = g.Count(c => c.Risk == RiskLevel.High),
                    Medium = g.Count(c => c.Risk == RiskLevel.Medium),
                })
                .ToListAsync(cancellationToken);
            var visited = await db.Children.AsNoTracking().Open().Where(c => c.IsKeyChild)
                .Where(c => db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn) >= rules.KeyChildHomeVisitsPerMonth)
                .GroupBy(c => c.StationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return rows.Select(r => new StationChildren(r.StationId, r.Files, r.Key, visited.GetValueOrDefault(r.StationId), r.Key - visited.GetValueOrDefault(r.StationId), r.High, r.Medium)).ToList();
        }
    }
}

public sealed record StationChildren(string StationId, int Files, int KeyChildren, int VisitedThisMonth, int StillOwed, int HighRisk, int MediumRisk);
