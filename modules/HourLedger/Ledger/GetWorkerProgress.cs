using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Each worker's service hours against the annual hours (1,960) pro-rated to the day, with the pace graded.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetWorkerProgress(string? StationId = null, DateOnly? AsOf = null) : IRequest<IReadOnlyList<WorkerProgress>>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock, LedgerRules rules) : IRequestHandler<GetWorkerProgress, IReadOnlyList<WorkerProgress>>
    {
        public async Task<IReadOnlyList<WorkerProgress>> Handle(GetWorkerProgress request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, null, null, null, request.AsOf, cancellationToken);
            var hours = await scope.Amounts(db)
                .GroupBy(e => new { e.WorkerId, e.IsProfessional })
                .Select(g => new { g.Key.WorkerId, g.Key.IsProfessional, Hours = g.Sum(e => e.HoursCenti) })
                .ToListAsync(cancellationToken);
            var (annual, due) = HoursOwed(scope);
            return scope.Workers
                .Where(w => scope.StationId is null || w.StationId == scope.StationId)
                .OrderBy(w => w.UserName, StringComparer.Ordinal)
                .Select(w =>
                {
                    var total = hours.Where(h => h.WorkerId == w.Id).Sum(h => h.Hours) / 100m;
                    var professional = hours.Where(h => h.WorkerId == w.Id && h.IsProfessional).Sum(h => h.Hours) / 100m;
                    var pace = Pace.Of(total, due, annual, "小时", scope.AsOf, scope.Project.StartDate, rules);
                    return new WorkerProgress(w.Id, w.DisplayName, w.StationId!, total, professional, due, annual, pace.Status, pace);
                })
                .ToList();
        }
    }

    /// <summary>A worker's hours for the project's period (the annual hours over its length) and those due by the scope's day, whole.</summary>
    public static (decimal Target, decimal Due) HoursOwed(LedgerScope scope)
    {
        var project = scope.Project;
        // In whole months, so that a calendar year owes exactly the annual hours.
        var years = Math.Round((project.EndDate.DayNumber - project.StartDate.DayNumber + 1) / 365.25m * 12) / 12;
        var target = Math.Round(project.AnnualHoursPerWorker * years);
        return (target, Math.Round(target * project.ElapsedShare(scope.AsOf)));
    }
}

/// <summary>A worker's hours so far, how many are due by the day and in the period, and the pace.</summary>
public sealed record WorkerProgress(string WorkerId, string Name, string StationId, decimal Hours, decimal ProfessionalHours, decimal DueHours, decimal TargetHours, string Status, Pace Pace);
