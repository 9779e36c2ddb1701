using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.People;

/// <summary>
/// Each worker's volunteer hours linked this year through closed activities, against the annual figure of the rules
/// (200 h, tender row 9). The ledger's 时长进度 holds the authoritative total (with any hours typed before the module).
/// </summary>
[Requires(VolunteerPermissions.View)]
internal sealed record GetLinkedHours(int? Year = null) : IRequest<IReadOnlyList<LinkedHours>>
{
    internal sealed class Handler(VolunteersDb db, VolunteerRules rules, TimeProvider clock) : IRequestHandler<GetLinkedHours, IReadOnlyList<LinkedHours>>
    {
        public async Task<IReadOnlyList<LinkedHours>> Handle(GetLinkedHours request, CancellationToken cancellationToken)
        {
            var year = request.Year ?? LocalTime.Today(clock).Year;
            var from = CreateActivity.At(new DateOnly(year, 1, 1), TimeOnly.MinValue);
            var to = CreateActivity.At(new DateOnly(year + 1, 1, 1), TimeOnly.MinValue);
            var rows = await db.Activities.AsNoTracking()
                .Where(a => a.State == ActivityState.Closed && a.StartsAt >= from && a.StartsAt < to)
                .Select(a => new { a.WorkerId, a.WorkerName, a.StationId, a.CreditedHours })
                .ToListAsync(cancellationToken);

            // Summed here: SQLite cannot sum decimals (kept as text); a year holds a few thousand activities at most.
            return rows.GroupBy(a => new { a.WorkerId, a.WorkerName, a.StationId })
                .Select(g => new { g.Key.WorkerId, g.Key.WorkerName, g.Key.StationId, Hours = g.Sum(a => a.CreditedHours), Activities = g.Count() })
                .OrderByDescending(r => r.Hours).Select(r => new LinkedHours(r.WorkerId, r.WorkerName, r.StationId, r.Hours, r.Activities, rules.AnnualHoursPerWorker)).ToList();
        }
    }
}

/// <summary>A worker's linked hours this year and the annual figure.</summary>
public sealed record LinkedHours(string WorkerId, string WorkerName, string StationId, decimal Hours, int Activities, decimal Target)
{
    public decimal Percent => Target <= 0 ? 100 : Math.Min(100, Math.Round(Hours * 100 / Target, 1));
}
