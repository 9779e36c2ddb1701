using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.TemporaryAid;

/// <summary>The 临时救助 applications the caller may see, pending ones (not decided, or papers missing) first by due day; at most 500.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record ListAid(string? StationId = null, bool PendingOnly = true) : IRequest<IReadOnlyList<AidLine>>
{
    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceRules rules, TimeProvider clock) : IRequestHandler<ListAid, IReadOnlyList<AidLine>>
    {
        public async Task<IReadOnlyList<AidLine>> Handle(ListAid request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var query = AidLines.Pending(db.AidApplications.AsNoTracking(), request.PendingOnly);
            if (!string.IsNullOrEmpty(request.StationId))
            {
                query = query.Where(a => a.StationId == request.StationId);
            }

            var rows = await query.OrderBy(a => a.DueOn).ThenBy(a => a.Name).Take(500).ToListAsync(cancellationToken);
            return rows.Select(a => AidLines.Of(a, today, rules.Calendar)).ToList();
        }
    }
}

internal static class AidLines
{
    public static IQueryable<AidApplication> Pending(IQueryable<AidApplication> all, bool pendingOnly = true) =>
        pendingOnly ? all.Where(a => (a.Route == AidRoute.Normal && a.Stage != AidStage.Decided) || (a.Route == AidRoute.Emergency && a.PapersCompletedOn == null)) : all;

    public static AidLine Of(AidApplication a, DateOnly today, WorkingCalendar calendar) => new()
    {
        Id = a.Id, ClientId = a.ClientId, StationId = a.StationId, Name = a.Name, WorkerId = a.WorkerId, Route = a.Route, Cause = a.Cause,
        CauseName = AidTerms.CauseName(a.Cause), Situation = a.Situation, AppliedOn = a.AppliedOn, Stage = a.Stage, StageName = AidTerms.NameOf(a.Stage),
        InvestigatedOn = a.InvestigatedOn, PublicisedOn = a.PublicisedOn, DecidedOn = a.DecidedOn, Granted = a.Granted, Amount = a.Amount, GrantedBy = a.GrantedBy,
        DueOn = a.DueOn, PapersCompletedOn = a.PapersCompletedOn, IsPending = a.IsPending,
        WorkingDaysLeft = a.IsPending ? calendar.WorkingDaysBetween(today, a.DueOn) : null,
    };
}

/// <summary>A 临时救助 application on the list: where it stands and how many working days are left (negative: overdue).</summary>
public sealed class AidLine
{
    public string Id { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public AidRoute Route { get; init; }

    public string Cause { get; init; } = "";

    public string CauseName { get; init; } = "";

    public string Situation { get; init; } = "";

    public DateOnly AppliedOn { get; init; }

    public AidStage Stage { get; init; }

    public string StageName { get; init; } = "";

    public DateOnly? InvestigatedOn { get; init; }

    public DateOnly? PublicisedOn { get; init; }

    public DateOnly? DecidedOn { get; init; }

    public bool? Granted { get; init; }

    public decimal? Amount { get; init; }

    public string? GrantedBy { get; init; }

    public DateOnly DueOn { get; init; }

    public DateOnly? PapersCompletedOn { get; init; }

    public bool IsPending { get; init; }

    public int? WorkingDaysLeft { get; init; }

    public bool IsOverdue => WorkingDaysLeft < 0;
}
