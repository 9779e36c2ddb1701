using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>One target of a station (no worker) or of one of its workers; a quantity of null goes back to the even split.</summary>
internal sealed record TargetValue(string IndicatorCode, string? WorkerId, decimal? Quantity);

/// <summary>
/// The lead or the administrator sets targets of one station and its workers for indicators of the current project
/// (or the one given), replacing the even split, all in one transaction: one bad value and nothing is written.
/// </summary>
[Requires(LedgerPermissions.Catalogue)]
internal sealed class SetTargets : IRequest<MediatR.Unit>, IAudited
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "请选择站点。")]
    public string StationId { get; set; } = "";

    /// <summary>Null for the current project.</summary>
    public int? ProjectId { get; set; }

    public List<TargetValue> Targets { get; set; } = [];

    string IAudited.AuditAction => "设置服务时长目标";

    string? IAudited.AuditTarget => StationId;

    string? IAudited.AuditDetail => string.Join("；", Targets.Select(t => $"{t.IndicatorCode}{(t.WorkerId is null ? "" : "/" + t.WorkerId)}：{(t.Quantity is { } q ? q.ToString("0.##") : "平均分配")}"));

    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<SetTargets, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(SetTargets request, CancellationToken cancellationToken)
        {
            var asOf = await Progress.StartOfAsync(db, request.ProjectId, cancellationToken);
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, null, null, null, asOf, cancellationToken);
            var codes = await db.Indicators.Where(i => i.ProjectId == scope.Project.Id).Select(i => i.Code).ToListAsync(cancellationToken);
            var workers = scope.Workers.Where(w => w.StationId == request.StationId).Select(w => w.Id).ToHashSet();
            foreach (var value in request.Targets)
            {
                if (!codes.Contains(value.IndicatorCode))
                {
                    throw new Platform.Contracts.BusinessRuleException($"指标目录中没有“{value.IndicatorCode}”。", "indicatorCode");
                }

                if (value.WorkerId is not null && !workers.Contains(value.WorkerId))
                {
                    throw new Platform.Contracts.NotFoundException("该社工不在这个站点。");
                }

                if (value.Quantity is < 0 or > 1_000_000)
                {
                    throw new Platform.Contracts.BusinessRuleException("目标数量应在 0 到 1,000,000 之间。", "quantity");
                }

                if (value.Quantity is { } whole && whole != Math.Round(whole))
                {
                    throw new Platform.Contracts.BusinessRuleException($"目标数量请填整数（不是 {whole:0.##}）：人次、个、节都按整数计。", "quantity");
                }
            }

            var existing = await db.Targets.Where(t => t.ProjectId == scope.Project.Id && t.StationId == request.StationId).ToListAsync(cancellationToken);
            foreach (var value in request.Targets)
            {
                var target = existing.FirstOrDefault(t => t.IndicatorCode == value.IndicatorCode && t.WorkerId == value.WorkerId);
                if (value.Quantity is not { } quantity)
                {
                    if (target is not null)
                    {
                        db.Targets.Remove(target);
                        existing.Remove(target);
                    }
                }
                else if (target is null)
                {
                    target = new Domain.Target { ProjectId = scope.Project.Id, IndicatorCode = value.IndicatorCode, StationId = request.StationId, WorkerId = value.WorkerId, Quantity = quantity };
                    db.Targets.Add(target);
                    existing.Add(target);
                }
                else
                {
                    target.Quantity = quantity;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
