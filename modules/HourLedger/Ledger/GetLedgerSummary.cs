using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Progress against the targets for a worker, a station or the whole project, per indicator (the API's <c>/summary</c>).</summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetLedgerSummary(string? StationId = null, string? WorkerId = null, DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null) : IRequest<LedgerSummary>
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
                return new SummaryRow
                {
                    Code = i.Code,
                    Name = i.Name,
                    Unit = i.Unit,
                    StandardHoursPerUnit = i.StandardHours,
                    IsProfessional = i.IsProfessional,
                    TargetQuantity = target,
                    Quantity = quantity,
                    StandardHours = hours,
                    TargetHours = Math.Round(target * i.StandardHours, 2),
                    ExpectedQuantity = expected,
                    Percent = target == 0 ? null : Math.Round(quantity / target * 100, 1),
                    Status = target == 0 ? "none" : quantity >= expected ? "onTrack" : "behind",
                    ReportRow = i.ReportRow,
                    ReportName = i.ReportName,
                };
            }).ToList();
            var professional = done.Where(d => d.IsProfessional).Sum(d => d.Hours) / 100m;
            var total = done.Sum(d => d.Hours) / 100m;
            return new LedgerSummary
            {
                ProjectId = scope.Project.Id,
                ProjectName = scope.Project.Name,
                From = scope.From,
                To = scope.To,
                AsOf = scope.AsOf,
                ElapsedPercent = Math.Round(elapsed * 100, 1),
                StationId = scope.StationId,
                WorkerId = scope.WorkerId,
                Rows = rows,
                ProfessionalHours = professional,
                TotalHours = total,
                ProfessionalShare = total == 0 ? null : Math.Round(professional / total, 4),
                MinProfessionalShare = scope.Project.MinProfessionalShare,
            };
        }
    }
}

/// <summary>
/// One indicator's progress: target, done (quantity and hours), where it should be by <see cref="LedgerSummary.AsOf"/>,
/// and the row of the tender table it reports under (0: outside the table).
/// </summary>
public sealed record SummaryRow
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required decimal StandardHoursPerUnit { get; init; }

    public required bool IsProfessional { get; init; }

    public required decimal TargetQuantity { get; init; }

    public required decimal Quantity { get; init; }

    public required decimal StandardHours { get; init; }

    public required decimal TargetHours { get; init; }

    public required decimal ExpectedQuantity { get; init; }

    public required decimal? Percent { get; init; }

    public required string Status { get; init; }

    public required int ReportRow { get; init; }

    public required string ReportName { get; init; }
}

/// <summary>The answer of <c>/summary</c>.</summary>
public sealed record LedgerSummary
{
    public required int ProjectId { get; init; }

    public required string ProjectName { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required DateOnly AsOf { get; init; }

    public required decimal ElapsedPercent { get; init; }

    public required string? StationId { get; init; }

    public required string? WorkerId { get; init; }

    public required IReadOnlyList<SummaryRow> Rows { get; init; }

    public required decimal ProfessionalHours { get; init; }

    public required decimal TotalHours { get; init; }

    public required decimal? ProfessionalShare { get; init; }

    public required decimal MinProfessionalShare { get; init; }
}
