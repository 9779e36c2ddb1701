using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// Progress against the targets for a worker, a station or the whole project, per indicator and per row of the
/// tender table (the API's <c>/summary</c>). Every page, widget and export of the ledger reads its figures from here,
/// so that a figure means the same everywhere.
/// </summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetLedgerSummary(string? StationId = null, string? WorkerId = null, DateOnly? From = null, DateOnly? To = null, DateOnly? AsOf = null) : IRequest<LedgerSummary>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock, LedgerRules rules) : IRequestHandler<GetLedgerSummary, LedgerSummary>
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

            // Targets are for the project's whole period: a shorter period (a month) owes its share of the days, and by a
            // given day the share of the days passed. The period measured starts at its first day within the project.
            var project = scope.Project;
            var days = (decimal)(project.EndDate.DayNumber - project.StartDate.DayNumber + 1);
            var start = scope.From > project.StartDate ? scope.From : project.StartDate;
            var end = scope.To < project.EndDate ? scope.To : project.EndDate;
            var passedEnd = scope.AsOf < end ? scope.AsOf : end;
            var periodShare = Math.Max(0, end.DayNumber - start.DayNumber + 1) / days;
            var dueShare = Math.Max(0, passedEnd.DayNumber - start.DayNumber + 1) / days;
            var rows = indicators.Select(i =>
            {
                var quantity = done.Where(d => d.IndicatorCode == i.Code).Sum(d => d.Quantity) / 100m;
                var hours = done.Where(d => d.IndicatorCode == i.Code).Sum(d => d.Hours) / 100m;
                var target = Math.Round(Progress.TargetFor(i, scope, targets) * periodShare);
                var due = Math.Round(Progress.TargetFor(i, scope, targets) * dueShare);
                var pace = Pace.Of(quantity, due, target, i.Unit, scope.AsOf, start, rules);
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
                    TargetHours = target * i.StandardHours,
                    ExpectedQuantity = due,
                    ExpectedHours = due * i.StandardHours,
                    Percent = target == 0 ? null : Math.Round(quantity / target * 100, 1),
                    Status = pace.Status,
                    ReportRow = i.ReportRow,
                    ReportName = i.ReportName,
                };
            }).ToList();

            // A row of the tender table may hold several indicators of different hours (home and phone visits, large and
            // small activities): its pace is measured in hours, and its quantities are shown indicator by indicator.
            var lines = rows.GroupBy(r => (r.ReportRow, r.ReportName))
                .OrderBy(g => g.Key.ReportRow == 0 ? int.MaxValue : g.Key.ReportRow)
                .Select(g =>
                {
                    var parts = g.ToList();
                    var targetHours = parts.Sum(r => r.TargetHours);
                    var doneHours = parts.Sum(r => r.StandardHours);
                    var dueHours = Math.Round(parts.Sum(r => r.ExpectedHours));
                    return new SummaryLine
                    {
                        Row = g.Key.ReportRow,
                        Name = g.Key.ReportName,
                        Parts = parts,
                        TargetHours = targetHours,
                        DoneHours = doneHours,
                        DueHours = dueHours,
                        Pace = Pace.Of(doneHours, dueHours, targetHours, "小时", scope.AsOf, start, rules),
                    };
                })
                .ToList();
            var professional = done.Where(d => d.IsProfessional).Sum(d => d.Hours) / 100m;
            var total = done.Sum(d => d.Hours) / 100m;
            return new LedgerSummary
            {
                ProjectId = project.Id,
                ProjectName = project.Name,
                From = scope.From,
                To = scope.To,
                AsOf = scope.AsOf,
                ElapsedPercent = Math.Round(project.ElapsedShare(scope.AsOf) * 100, 1),
                StationId = scope.StationId,
                WorkerId = scope.WorkerId,
                Rows = rows,
                Lines = lines,
                ProfessionalHours = professional,
                TotalHours = total,
                ProfessionalShare = total == 0 ? null : Math.Round(professional / total, 4),
                MinProfessionalShare = project.MinProfessionalShare,
                AnnualHoursPerWorker = project.AnnualHoursPerWorker,
                IsWholePeriod = start == project.StartDate && end == project.EndDate,
            };
        }
    }
}

/// <summary>
/// One indicator's progress: target, done (quantity and hours), what is due by <see cref="LedgerSummary.AsOf"/>, and
/// the row of the tender table it reports under (0: outside the table). Targets and due amounts are whole numbers.
/// </summary>
public sealed record SummaryRow
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required decimal StandardHoursPerUnit { get; init; }

    public required bool IsProfessional { get; init; }

    /// <summary>The period's target (the year's, or a month's share of it).</summary>
    public required decimal TargetQuantity { get; init; }

    public required decimal Quantity { get; init; }

    /// <summary>The standard hours done (quantity × each entry's hours per unit).</summary>
    public required decimal StandardHours { get; init; }

    public required decimal TargetHours { get; init; }

    /// <summary>What is due by the day: the target pro-rated to the days passed.</summary>
    public required decimal ExpectedQuantity { get; init; }

    public required decimal ExpectedHours { get; init; }

    /// <summary>Done as a per cent of the period's target.</summary>
    public required decimal? Percent { get; init; }

    /// <summary>The pace of the quantity (see <see cref="Pace.Status"/>).</summary>
    public required string Status { get; init; }

    public required int ReportRow { get; init; }

    public required string ReportName { get; init; }
}

/// <summary>A row of the tender table: its indicators, and its hours target, done and due, with the pace graded.</summary>
public sealed record SummaryLine
{
    /// <summary>序号; 0 for work outside the table (assisting the town).</summary>
    public required int Row { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<SummaryRow> Parts { get; init; }

    public required decimal TargetHours { get; init; }

    public required decimal DoneHours { get; init; }

    public required decimal DueHours { get; init; }

    public required Pace Pace { get; init; }

    /// <summary>The indicator codes of the row, for the entries behind it.</summary>
    public string Codes => string.Join(',', Parts.Select(p => p.Code));
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

    public required IReadOnlyList<SummaryLine> Lines { get; init; }

    public required decimal ProfessionalHours { get; init; }

    public required decimal TotalHours { get; init; }

    public required decimal? ProfessionalShare { get; init; }

    public required decimal MinProfessionalShare { get; init; }

    /// <summary>The service hours a worker owes in a year.</summary>
    public required decimal AnnualHoursPerWorker { get; init; }

    /// <summary>Whether the period is the project's whole period (its targets are the year's).</summary>
    public required bool IsWholePeriod { get; init; }
}
