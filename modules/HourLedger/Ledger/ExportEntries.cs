using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Exports;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>The entries of a scope as an xlsx workbook in words people read: station, worker and indicator by name.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record ExportEntries(string? StationId = null, string? WorkerId = null, string? Indicator = null, DateOnly? From = null, DateOnly? To = null) : IRequest<Stream>, IAudited
{
    string IAudited.AuditAction => "导出服务时长明细";

    string? IAudited.AuditTarget => $"station={StationId};worker={WorkerId};indicator={Indicator};from={From};to={To}";

    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ExportEntries, Stream>
    {
        public async Task<Stream> Handle(ExportEntries request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, request.WorkerId, request.From, request.To, null, cancellationToken);
            var rows = await RowsAsync(db, mediator, scope, request.Indicator, cancellationToken);
            return await Spreadsheet.XlsxAsync(rows, "服务时长明细", cancellationToken);
        }

        /// <summary>The rows of both files (xlsx and CSV), in words people read: station, worker and service by name.</summary>
        internal static async Task<List<IDictionary<string, object?>>> RowsAsync(LedgerDb db, IMediator mediator, LedgerScope scope, string? indicator, CancellationToken cancellationToken)
        {
            var stations = await mediator.Send(new GetStationNames(), cancellationToken);
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == scope.Project.Id).ToDictionaryAsync(i => i.Code, cancellationToken);
            var entries = await ListEntries.Matching(db, scope, indicator, null).ToListAsync(cancellationToken);
            return entries.Select(e => (IDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["日期"] = e.Date.ToString("yyyy-MM-dd"),
                ["站点"] = stations.GetValueOrDefault(e.StationId, e.StationId),
                ["社工"] = scope.WorkerNames.GetValueOrDefault(e.WorkerId, e.WorkerId),
                ["服务内容"] = indicators.TryGetValue(e.IndicatorCode, out var i) ? i.Name : e.IndicatorCode,
                ["数量"] = e.Quantity,
                ["单位"] = indicators.TryGetValue(e.IndicatorCode, out var u) ? u.Unit : "",
                ["标准时长（小时/单位）"] = e.StandardHoursPerUnit,
                ["时长（小时）"] = e.Hours,
                ["专业服务"] = e.IsProfessional ? "是" : "否",
                ["说明"] = e.Description,
            }).ToList();
        }
    }
}
