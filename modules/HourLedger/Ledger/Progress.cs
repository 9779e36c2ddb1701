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
        // An empty query value (?stationId=) means no filter, as a missing one does.
        stationId = string.IsNullOrWhiteSpace(stationId) ? null : stationId;
        workerId = string.IsNullOrWhiteSpace(workerId) ? null : workerId;
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
    /// The target of an indicator for the scope, a whole number: the project's, a station's (set by hand, or its share
    /// of what the hand-set stations leave of the project's), or a worker's (likewise of the station's). The shares are
    /// split by largest remainder, so that the stations add up to the project and the workers to their station.
    /// </summary>
    public static int TargetFor(Indicator indicator, LedgerScope scope, IReadOnlyList<Target> targets)
    {
        var project = Whole(indicator.TargetQuantity);
        if (scope.StationId is null)
        {
            return project;
        }

        var station = Share(project, scope.Project.StationIds, scope.StationId, id => targets.FirstOrDefault(t => t.IndicatorCode == indicator.Code && t.StationId == id && t.WorkerId == null)?.Quantity);
        if (scope.WorkerId is null)
        {
            return station;
        }

        var colleagues = scope.Workers.Where(w => w.StationId == scope.StationId).OrderBy(w => w.UserName, StringComparer.Ordinal).Select(w => w.Id).ToList();
        return Share(station, colleagues, scope.WorkerId, id => targets.FirstOrDefault(t => t.IndicatorCode == indicator.Code && t.StationId == scope.StationId && t.WorkerId == id)?.Quantity);
    }

    /// <summary>
    /// Why the hand-set targets of an indicator at a station do not add up, or null when they do: the stations' against
    /// the project's, the workers' against the station's.
    /// </summary>
    public static string? MismatchOf(Indicator indicator, LedgerScope scope, IReadOnlyList<Target> targets)
    {
        var set = targets.Where(t => t.IndicatorCode == indicator.Code).ToList();
        var project = Whole(indicator.TargetQuantity);
        var stations = scope.Project.StationIds.Select(id => set.FirstOrDefault(t => t.StationId == id && t.WorkerId == null)?.Quantity).ToList();
        var problems = new List<string>();
        if (Mismatch(project, stations) is { } byStations)
        {
            problems.Add($"各站点目标合计 {byStations}，项目目标是 {project}");
        }

        if (scope.StationId is { } stationId)
        {
            var station = TargetFor(indicator, scope with { WorkerId = null }, targets);
            var workers = scope.Workers.Where(w => w.StationId == stationId).Select(w => set.FirstOrDefault(t => t.StationId == stationId && t.WorkerId == w.Id)?.Quantity).ToList();
            if (Mismatch(station, workers) is { } byWorkers)
            {
                problems.Add($"本站社工目标合计 {byWorkers}，本站点目标是 {station}");
            }
        }

        return problems.Count == 0 ? null : string.Join("；", problems);
    }

    private static int Whole(decimal quantity) => (int)Math.Max(0, Math.Round(quantity, MidpointRounding.AwayFromZero));

    /// <summary>The share of <paramref name="member"/>: its own if set, else its part of what the set ones leave.</summary>
    private static int Share(int total, IReadOnlyList<string> members, string member, Func<string, decimal?> setFor)
    {
        if (setFor(member) is { } own)
        {
            return Whole(own);
        }

        var open = members.Where(m => setFor(m) is null).ToList();
        var left = total - members.Sum(m => setFor(m) is { } q ? Whole(q) : 0);
        var shares = Split.Evenly(left, open.Count);
        var index = open.IndexOf(member);
        return index < 0 ? 0 : shares[index];
    }

    /// <summary>The sum the parts make when they cannot add up to the whole: all set and another sum, or the set ones alone more.</summary>
    private static int? Mismatch(int whole, IReadOnlyList<decimal?> parts)
    {
        var set = parts.Where(p => p is not null).Sum(p => Whole(p!.Value));
        if (parts.Count == 0 || parts.All(p => p is null))
        {
            return null;
        }

        return (parts.All(p => p is not null) && set != whole) || set > whole ? set : null;
    }
}
