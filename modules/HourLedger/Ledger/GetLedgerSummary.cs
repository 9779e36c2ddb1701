using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Progress against the targets for a worker, a station or the whole project, per indicator (the API's <c>/summary</c>).</summary>
[Requires(LedgerPermissions.View)]
public sealed record GetLedgerSummary(string? StationId = null, string? WorkerId = null, DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null) : IRequest<LedgerSummary>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetLedgerSummary, LedgerSummary>
    {
        public async Task<LedgerSummary> Handle(GetLedgerSummary request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, request.WorkerId, request.From, request.To, request.AsOf, cancellationToken);
            var done = await scope.Amounts(db)
                .GroupBy(e => new { e.IndicatorCode, e.IsProfessional })
                .Select(g => new { g.Key.IndicatorCode, g.Key.IsProfessional, Quantity = g.Sum(e => e.QuantityCenti), Hours = g.Sum(e => e.HoursCenti) })
                .ToListAsync(cancellationToken);
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == scope.Project.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken);
            var targets = await db.Targets.AsNoTracking().Where(t => t.ProjectId == scope.Project.Id).ToListAsync(cancellationToken);

            // Targets are for the whole period; by a given day a share of it should be done.
            var elapsed = scope.Project.ElapsedShare(scope.AsOf);
            var rows = indicators.Select(i =>
            {
                var quantity = done.Where(d => d.IndicatorCode == i.Code).Sum(d => d.Quantity) / 100m;
                var hours = done.Where(d => d.IndicatorCode == i.Code).Sum(d => d.Hours) / 100m;
                var target = Math.Round(Progress.TargetFor(i, scope, targets), 2);
                var expected = Math.Round(target * elapsed, 2);
                return new SummaryRow(
                    i.Code,
                    i.Name,
                    i.Unit,
                    i.StandardHours,
                    i.IsProfessional,
                    target,
                    quantity,
                    hours,
                    Math.Round(target * i.StandardHours, 2),
                    expected,
                    target == 0 ? null : Math.Round(quantity / target * 100, 1),
                    target == 0 ? "none" : quantity >= expected ? "onTrack" : "behind",
                    i.ReportRow,
                    i.ReportName);
            }).ToList();
            var professional = done.Where(d => d.IsProfessional).Sum(d => d.Hours) / 100m;
            var total = done.Sum(d => d.Hours) / 100m;
            return new LedgerSummary(
                scope.Project.Id,
                scope.Project.Name,
                scope.From,
                scope.To,
                scope.AsOf,
                Math.Round(elapsed * 100, 1),
                scope.StationId,
                scope.WorkerId,
                rows,
                professional,
                total,
                total == 0 ? null : Math.Round(professional / total, 4),
                scope.Project.MinProfessionalShare);
        }
    }
}

/// <summary>
/// One indicator's progress: target, done (quantity and hours), where it should be by <see cref="LedgerSummary.AsOf"/>,
/// and the row of the tender table it reports under (0: outside the table).
/// </summary>
public sealed record SummaryRow(
    string Code,
    string Name,
    string Unit,
    decimal StandardHoursPerUnit,
    bool IsProfessional,
    decimal TargetQuantity,
    decimal Quantity,
    decimal StandardHours,
    decimal TargetHours,
    decimal ExpectedQuantity,
    decimal? Percent,
    string Status,
    int ReportRow,
    string ReportName);

/// <summary>The answer of <c>/summary</c>.</summary>
public sealed record LedgerSummary(
    int ProjectId,
    string ProjectName,
    DateOnly From,
    DateOnly To,
    DateOnly AsOf,
    decimal ElapsedPercent,
    string? StationId,
    string? WorkerId,
    IReadOnlyList<SummaryRow> Rows,
    decimal ProfessionalHours,
    decimal TotalHours,
    decimal? ProfessionalShare,
    decimal MinProfessionalShare);
