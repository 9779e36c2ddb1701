using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

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
