using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Notifications;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>The elders the caller may see (a worker: their station), those owed a visit first, each with the last visit and the next due day.</summary>
[Requires(ElderlyPermissions.View)]
public sealed record ListElders(string? StationId = null, bool DueOnly = false) : IRequest<IReadOnlyList<ElderLine>>
{
    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<ListElders, IReadOnlyList<ElderLine>>
    {
        public async Task<IReadOnlyList<ElderLine>> Handle(ListElders request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var lines = await DueElders.LinesAsync(db, today, request.StationId, null, request.DueOnly, cancellationToken);
            return lines.OrderBy(l => l.NextDue > today).ThenBy(l => l.NextDue).ThenBy(l => l.Name).ToList();
        }
    }
}

/// <summary>An elder in a list: tier, how often owed, last visit, next due day (overdue when before today).</summary>
public sealed record ElderLine(string ClientId, string StationId, string Name, string WorkerId, RiskTier Tier, VisitEvery Every, DateOnly? LastVisit, DateOnly NextDue);

/// <summary>One elder's profile and visits; another station's elder is not found.</summary>
[Requires(ElderlyPermissions.View)]
public sealed record GetElder(string ClientId) : IRequest<ElderView>
{
    internal sealed class Handler(ElderlyDb db, ElderFiles files) : IRequestHandler<GetElder, ElderView>
    {
        public async Task<ElderView> Handle(GetElder request, CancellationToken cancellationToken)
        {
            var e = await db.Elders.AsNoTracking().FirstOrDefaultAsync(x => x.ClientId == request.ClientId, cancellationToken)
                ?? throw new NotFoundException("找不到这位老人的探访档案，或您无权查看。");
            var visits = await db.Visits.AsNoTracking().Where(v => v.ClientId == e.ClientId).OrderByDescending(v => v.VisitedAt).Take(100).ToListAsync(cancellationToken);
            var last = visits.Where(v => !v.IsWithdrawn).Select(v => (DateOnly?)v.VisitedOn).FirstOrDefault();
            return new ElderView(
                e.ClientId, e.StationId, e.Name, e.WorkerId, e.Situation, e.Activities, ElderTerms.SelfCareLevel(e.Activities), e.EmergencyContacts, e.Carer, e.Tier, e.Every,
                last, last is { } l ? ElderlyRules.Next(l, e.Every) : e.Since,
                visits.Select(v => new ElderVisitView(v.Id, v.Kind, LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)), v.WorkerId, v.Content, v.Health, v.Safety, v.Living, v.Needs, v.Urgent, v.IsWithdrawn, v.WithdrawReason)).ToList())
            {
                Standing = await files.StandingAsync(e, cancellationToken),
            };
        }
    }
}

public sealed record ElderView(string ClientId, string StationId, string Name, string WorkerId, ElderSituation Situation, IReadOnlyList<SelfCare> Activities, string SelfCareLevel, string? EmergencyContacts, string? Carer, RiskTier Tier, VisitEvery Every, DateOnly? LastVisit, DateOnly NextDue, IReadOnlyList<ElderVisitView> Visits)
{
    /// <summary>Open, archived or closed, and the profile's history.</summary>
    public ClientFileStanding Standing { get; init; } = null!;
}

public sealed record ElderVisitView(string Id, ElderVisitKind Kind, DateTimeOffset VisitedAt, string WorkerId, string Content, string? Health, string? Safety, string? Living, string? Needs, bool Urgent, bool IsWithdrawn, string? WithdrawReason);

/// <summary>The elders owed a visit today or overdue (the due list), of a station or all the caller sees.</summary>
[Requires(ElderlyPermissions.View)]
public sealed record ListDueElders(string? StationId = null) : IRequest<IReadOnlyList<ElderLine>>
{
    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<ListDueElders, IReadOnlyList<ElderLine>>
    {
        public async Task<IReadOnlyList<ElderLine>> Handle(ListDueElders request, CancellationToken cancellationToken) =>
            (await DueElders.LinesAsync(db, LocalTime.Today(clock), request.StationId, null, dueOnly: true, cancellationToken)).OrderBy(l => l.NextDue).ToList();
    }
}

/// <summary>Per station: elders, visited this month, the monthly visit rate (the national target is 100 %), overdue now.</summary>
[Requires(ElderlyPermissions.View)]
public sealed record GetElderOverview : IRequest<IReadOnlyList<StationElders>>
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

/// <summary>
/// The due computation shared by lists, the API and the digest: one query over all elders (each with its last visit by
/// index), filtered in the database by each frequency's cut-off day, so only the elders owed a visit come back.
/// </summary>
internal static class DueElders
{
    public static async Task<List<ElderLine>> LinesAsync(ElderlyDb db, DateOnly day, string? stationId, string? workerId, bool dueOnly, CancellationToken cancellationToken)
    {
        var elders = db.Elders.AsNoTracking().Open();
        if (!string.IsNullOrEmpty(stationId))
        {
            elders = elders.Where(e => e.StationId == stationId);
        }

        if (!string.IsNullOrEmpty(workerId))
        {
            elders = elders.Where(e => e.WorkerId == workerId);
        }

        var withLast = elders.Select(e => new
        {
            e.ClientId, e.StationId, e.Name, e.WorkerId, e.Tier, e.Every, e.Since,
            Last = db.Visits.Where(v => v.ClientId == e.ClientId && !v.IsWithdrawn).Max(v => (DateOnly?)v.VisitedOn),
        });
        if (dueOnly)
        {
            var week = ElderlyRules.Cutoff(day, VisitEvery.Week);
            var month = ElderlyRules.Cutoff(day, VisitEvery.Month);
            var quarter = ElderlyRules.Cutoff(day, VisitEvery.Quarter);
            withLast = withLast.Where(e => e.Last == null
                || (e.Every == VisitEvery.Week && e.Last <= week)
                || (e.Every == VisitEvery.Month && e.Last <= month)
                || (e.Every == VisitEvery.Quarter && e.Last <= quarter));
        }

        return (await withLast.ToListAsync(cancellationToken))
            .Select(e => new ElderLine(e.ClientId, e.StationId, e.Name, e.WorkerId, e.Tier, e.Every, e.Last, e.Last is { } last ? ElderlyRules.Next(last, e.Every) : e.Since))
            .Where(e => !dueOnly || e.NextDue <= day)
            .ToList();
    }
}

/// <summary>Every elder owed a visit today or overdue joins the responsible worker's daily digest.</summary>
internal sealed class DueItemsHandler(ElderlyDb db) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        foreach (var elder in await DueElders.LinesAsync(db, notification.Day, null, notification.WorkerId, dueOnly: true, cancellationToken))
        {
            notification.Add(new DueItem(elder.WorkerId, ElderMessages.Module, "老年人探访", $"{elder.Name}（{ElderTerms.NameOf(elder.Tier)}，{ElderTerms.NameOf(elder.Every)}）", elder.NextDue, $"/elderly/visits/create?clientId={elder.ClientId}"));
        }
    }
}
