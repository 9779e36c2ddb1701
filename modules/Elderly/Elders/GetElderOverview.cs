using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Elderly.Data;

namespace Platform.Modules.Elderly.Elders;

/// <summary>Per station: elders, visited this month, the monthly visit rate (the national target is 100 %), overdue now.</summary>
[Requires(ElderlyPermissions.View)]
internal sealed record GetElderOverview : IRequest<IReadOnlyList<StationElders>>
{
    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<GetElderOverview, IReadOnlyList<StationElders>>
    {
        public async Task<IReadOnlyList<StationElders>> Handle(GetElderOverview request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var monthStart = new DateOnly(today.Year, today.Month, 1);
            var rows = await db.Elders.AsNoTracking().Open().GroupBy(e => e.StationId)
                .Select(g => new { StationId = g.Key, Elders = g.Count(), Visited = g.Count(e => db.Visits.Any(v => v.ClientId == e.ClientId && !v.IsWithdrawn && v.VisitedOn >= monthStart)) })
                .ToListAsync(cancellationToken);
            var overdue = (await DueElders.LinesAsync(db, today, null, null, dueOnly: true, cancellationToken)).Where(l => l.NextDue < today).GroupBy(l => l.StationId).ToDictionary(g => g.Key, g => g.Count());
            return rows.Select(r => new StationElders(r.StationId, r.Elders, r.Visited, r.Elders == 0 ? 0 : Math.Round(100m * r.Visited / r.Elders, 1), overdue.GetValueOrDefault(r.StationId))).ToList();
        }
    }
}

public sealed record StationElders(string StationId, int Elders, int VisitedThisMonth, decimal RatePercent, int Overdue);
