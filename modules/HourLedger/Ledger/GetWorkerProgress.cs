using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Each worker's service hours against the annual hours (1,960) pro-rated to the day.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetWorkerProgress(string? StationId = null, DateOnly? AsOf = null) : IRequest<IReadOnlyList<WorkerProgress>>
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
