using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The targets of one station in the current project (or the one given): per indicator the project's target, the
/// station's (set by hand or a whole share) and each worker's (set by hand or a whole share of the station's).
/// </summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetTargets(string StationId, int? ProjectId = null) : IRequest<TargetSheet>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetTargets, TargetSheet>
    {
        public async Task<TargetSheet> Handle(GetTargets request, CancellationToken cancellationToken)
        {
            var asOf = await Progress.StartOfAsync(db, request.ProjectId, cancellationToken);
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, null, null, null, asOf, cancellationToken);
            var targets = await db.Targets.AsNoTracking().Where(t => t.ProjectId == scope.Project.Id && t.StationId == request.StationId).ToListAsync(cancellationToken);
            var workers = scope.Workers.Where(w => w.StationId == request.StationId).ToList();
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == scope.Project.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken);
            var rows = indicators.Select(indicator =>
            {
                var station = Progress.TargetFor(indicator, scope, targets);
                var cells = workers.Select(w => new TargetCell(
                    w.Id,
                    Progress.TargetFor(indicator, scope with { WorkerId = w.Id }, targets),
                    targets.Any(t => t.IndicatorCode == indicator.Code && t.WorkerId == w.Id))).ToList();
                return new TargetRow(indicator.Code, indicator.Name, indicator.Unit, Math.Round(indicator.TargetQuantity), station,
                    targets.Any(t => t.IndicatorCode == indicator.Code && t.WorkerId == null), cells, Progress.MismatchOf(indicator, scope, targets));
            }).ToList();
            return new TargetSheet(scope.Project.Id, scope.Project.Name, request.StationId, workers.Select(w => new StaffMember(w.Id, w.UserName, w.DisplayName, w.StationId, w.IsActive)).ToList(), rows);
        }
    }
}

/// <summary>A station's targets: one row an indicator, one cell a worker.</summary>
public sealed record TargetSheet(int ProjectId, string ProjectName, string StationId, IReadOnlyList<StaffMember> Workers, IReadOnlyList<TargetRow> Rows);

/// <summary>
/// An indicator's targets, whole numbers; <c>StationIsSet</c> when the station's was set by hand rather than split, and
/// <c>Warning</c> when targets set by hand do not add up (the stations' to the project's, the workers' to the station's).
/// </summary>
public sealed record TargetRow(string Code, string Name, string Unit, decimal ProjectTarget, decimal StationTarget, bool StationIsSet, IReadOnlyList<TargetCell> Workers, string? Warning);

/// <summary>A worker's target for an indicator; <c>IsSet</c> when set by hand.</summary>
public sealed record TargetCell(string WorkerId, decimal Quantity, bool IsSet);
