using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Hours per month of the period, professional and not.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetMonthlyTrend(string? StationId = null, string? WorkerId = null) : IRequest<IReadOnlyList<MonthHours>>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMonthlyTrend, IReadOnlyList<MonthHours>>
    {
        public async Task<IReadOnlyList<MonthHours>> Handle(GetMonthlyTrend request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, request.WorkerId, null, null, null, cancellationToken);
            var months = await scope.Amounts(db)
                .GroupBy(e => new { e.Month, e.IsProfessional })
                .Select(g => new { g.Key.Month, g.Key.IsProfessional, Hours = g.Sum(e => e.HoursCenti) })
                .ToListAsync(cancellationToken);
            var result = new List<MonthHours>();
            for (var month = new DateOnly(scope.From.Year, scope.From.Month, 1); month <= scope.To; month = month.AddMonths(1))
            {
                var key = (month.Year * 100) + month.Month;
                result.Add(new MonthHours(
                    $"{month:yyyy-MM}",
                    months.Where(m => m.Month == key && m.IsProfessional).Sum(m => m.Hours) / 100m,
                    months.Where(m => m.Month == key && !m.IsProfessional).Sum(m => m.Hours) / 100m));
            }

            return result;
        }
    }
}

/// <summary>A month's credited hours.</summary>
public sealed record MonthHours(string Month, decimal ProfessionalHours, decimal OtherHours);
