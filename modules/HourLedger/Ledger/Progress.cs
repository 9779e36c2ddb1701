using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Whose progress, over which days: the caller's choice, checked against what the caller may see.</summary>
internal sealed record LedgerScope(ServiceProject Project, DateOnly From, DateOnly To, DateOnly AsOf, string? StationId, string? WorkerId, IReadOnlyList<StaffMember> Workers)
{
    /// <summary>The workers' names by id.</summary>
    public IReadOnlyDictionary<string, string> WorkerNames { get; } = Workers.ToDictionary(w => w.Id, w => w.DisplayName);

    /// <summary>
    /// The amounts credited in the scope: from the monthly totals when the scope is whole months (a year's summary
    /// over millions of entries reads those), else from the entries themselves.
    /// </summary>
    public IQueryable<Amount> Amounts(LedgerDb db)
    {
        if (From.Day == 1 && To.Day == DateTime.DaysInMonth(To.Year, To.Month))
        {
            var first = (From.Year * 100) + From.Month;
            var last = (To.Year * 100) + To.Month;
            var totals = db.MonthlyTotals.AsNoTracking().Where(t => t.ProjectId == Project.Id && t.Month >= first && t.Month <= last);
            if (StationId is not null)
            {
                totals = totals.Where(t => t.StationId == StationId);
            }

            if (WorkerId is not null)
            {
                totals = totals.Where(t => t.WorkerId == WorkerId);
            }

            return totals.Select(t => new Amount { WorkerId = t.WorkerId, IndicatorCode = t.IndicatorCode, IsProfessional = t.IsProfessional, Month = t.Month, QuantityCenti = t.QuantityCenti, HoursCenti = t.HoursCenti });
        }

        return Entries(db).Select(e => new Amount { WorkerId = e.WorkerId, IndicatorCode = e.IndicatorCode, IsProfessional = e.IsProfessional, Month = e.Month, QuantityCenti = e.QuantityCenti, HoursCenti = e.HoursCenti });
    }

    public IQueryable<LedgerEntry> Entries(LedgerDb db)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.ProjectId == Project.Id && !e.IsRetracted && e.Date >= From && e.Date <= To);
        if (StationId is not null)
        {
            entries = entries.Where(e => e.StationId == StationId);
        }

        if (WorkerId is not null)
        {
            entries = entries.Where(e => e.WorkerId == WorkerId);
        }

        return entries;
    }
}

/// <summary>A credited amount, from an entry or a monthly total.</summary>
internal sealed class Amount
{
    public string WorkerId { get; init; } = "";

    public string IndicatorCode { get; init; } = "";

    public bool IsProfessional { get; init; }

    public int Month { get; init; }

    public long QuantityCenti { get; init; }

    public long HoursCenti { get; init; }
}

internal static class Progress
{
    /// <summary>The project in force on <paramref name="day"/>: the latest to have started by then, else the first; null before any project exists.</summary>
    public static async Task<ServiceProject?> ProjectOnAsync(LedgerDb db, DateOnly day, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.AsNoTracking().OrderByDescending(p => p.StartDate).ToListAsync(cancellationToken);
        return projects.FirstOrDefault(p => p.StartDate <= day) ?? projects.LastOrDefault();
    }

    /// <summary>The first day of the project asked for by id (to scope to it), or null for the current one.</summary>
    public static async Task<DateOnly?> StartOfAsync(LedgerDb db, int? projectId, CancellationToken cancellationToken) => projectId is { } id
        ? await db.Projects.Where(p => p.Id == id).Select(p => (DateOnly?)p.StartDate).FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("没有这个服务项目。")
        : null;

    /// <summary>
    /// The project whose period holds <paramref name="asOf"/> (or the latest), and the station and worker asked for:
    /// a station worker sees their own station and its workers only (others answer as not found); no station or
    /// worker named means everything the caller may see.
    /// </summary>
    public static async Task<LedgerScope> ScopeAsync(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock, string? stationId, string? workerId, DateOnly? from, DateOnly? to, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var day = asOf ?? LocalTime.Today(clock);
        var project = await ProjectOnAsync(db, from ?? day, cancellationToken)
            ?? throw new NotFoundException("还没有服务项目：请管理员先建立项目和指标目录。");

        if (!user.SeesAllStations())
        {
            stationId ??= user.StationId;
            if (stationId != user.StationId)
            {
                throw new NotFoundException("找不到该站点，或您无权查看。");
            }
        }

        if (stationId is not null && !project.StationIds.Contains(stationId))
        {
            throw new NotFoundException("该站点不在这个服务项目中。");
        }

        var workers = await mediator.Send(new GetStationWorkers(stationId), cancellationToken);
        workers = workers.Where(w => w.StationId is not null && project.StationIds.Contains(w.StationId)).ToList();
        if (workerId is not null)
        {
            var worker = workers.FirstOrDefault(w => w.Id == workerId)
                ?? throw new NotFoundException("找不到该社工，或您无权查看。");
            stationId ??= worker.StationId;
        }

        var start = from ?? project.StartDate;
        var end = to ?? project.EndDate;
        if (end < start)
        {
            throw new BusinessRuleException("结束日期不能早于开始日期。", "to");
        }

        return new LedgerScope(project, start, end, day, stationId, workerId, workers);
    }

    /// <summary>
    /// The target of an indicator for the scope: the project's, a station's (set by hand, or an even share of the
    /// project's), or a worker's (set by hand, or an even share of the station's).
    /// </summary>
    public static decimal TargetFor(Indicator indicator, LedgerScope scope, IReadOnlyList<Target> targets)
    {
        if (scope.StationId is null)
        {
            return indicator.TargetQuantity;
        }

        var station = targets.FirstOrDefault(t => t.IndicatorCode == indicator.Code && t.StationId == scope.StationId && t.WorkerId == null)?.Quantity
            ?? indicator.TargetQuantity / Math.Max(1, scope.Project.StationIds.Count);
        if (scope.WorkerId is null)
        {
            return station;
        }

        var colleagues = scope.Workers.Count(w => w.StationId == scope.StationId);
        return targets.FirstOrDefault(t => t.IndicatorCode == indicator.Code && t.StationId == scope.StationId && t.WorkerId == scope.WorkerId)?.Quantity
            ?? station / Math.Max(1, colleagues);
    }
}

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

/// <summary>Each worker's service hours against the annual hours (1,960) pro-rated to the day.</summary>
[Requires(LedgerPermissions.View)]
public sealed record GetWorkerProgress(string? StationId = null, DateOnly? AsOf = null) : IRequest<IReadOnlyList<WorkerProgress>>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetWorkerProgress, IReadOnlyList<WorkerProgress>>
    {
        public async Task<IReadOnlyList<WorkerProgress>> Handle(GetWorkerProgress request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, null, null, null, request.AsOf, cancellationToken);
            var hours = await scope.Amounts(db)
                .GroupBy(e => new { e.WorkerId, e.IsProfessional })
                .Select(g => new { g.Key.WorkerId, g.Key.IsProfessional, Hours = g.Sum(e => e.HoursCenti) })
                .ToListAsync(cancellationToken);
            var years = (scope.Project.EndDate.DayNumber - scope.Project.StartDate.DayNumber + 1) / 365.25m;
            var due = Math.Round(scope.Project.AnnualHoursPerWorker * years * scope.Project.ElapsedShare(scope.AsOf), 1);
            return scope.Workers
                .Where(w => scope.StationId is null || w.StationId == scope.StationId)
                .Select(w =>
                {
                    var total = hours.Where(h => h.WorkerId == w.Id).Sum(h => h.Hours) / 100m;
                    var professional = hours.Where(h => h.WorkerId == w.Id && h.IsProfessional).Sum(h => h.Hours) / 100m;
                    return new WorkerProgress(w.Id, w.DisplayName, w.StationId!, total, professional, due, total >= due ? "onTrack" : "behind");
                })
                .ToList();
        }
    }
}

/// <summary>A worker's hours so far, and how many are due by the day.</summary>
public sealed record WorkerProgress(string WorkerId, string Name, string StationId, decimal Hours, decimal ProfessionalHours, decimal DueHours, string Status);

/// <summary>Hours per month of the period, professional and not.</summary>
[Requires(LedgerPermissions.View)]
public sealed record GetMonthlyTrend(string? StationId = null, string? WorkerId = null) : IRequest<IReadOnlyList<MonthHours>>
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
