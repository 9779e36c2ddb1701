using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Exports;
using Platform.Modularity.Web;
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
            var lines = await LinesAsync(db, mediator, scope, request.Indicator, cancellationToken);
            return await Spreadsheet.XlsxAsync(lines, Columns, "服务时长明细", cancellationToken);
        }

        /// <summary>The columns of both files (xlsx and CSV), in words people read: station, worker and service by name.</summary>
        internal static readonly ExportColumn<EntryLine>[] Columns =
        [
            new("日期", l => l.Entry.Date.ToString("yyyy-MM-dd")),
            new("站点", l => l.Station),
            new("社工", l => l.Worker),
            new("服务内容", l => l.Indicator?.Name ?? l.Entry.IndicatorCode),
            new("数量", l => l.Entry.Quantity),
            new("单位", l => l.Indicator?.Unit ?? ""),
            new("标准时长（小时/单位）", l => l.Entry.StandardHoursPerUnit),
            new("时长（小时）", l => l.Entry.Hours),
            new("专业服务", l => l.Entry.IsProfessional ? "是" : "否"),
            new("说明", l => l.Entry.Description),
        ];

        /// <summary>The scope's entries with the names their columns show.</summary>
        internal static async Task<List<EntryLine>> LinesAsync(LedgerDb db, IMediator mediator, LedgerScope scope, string? indicator, CancellationToken cancellationToken)
        {
            var stations = await mediator.Send(new GetStationNames(), cancellationToken);
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == scope.Project.Id).ToDictionaryAsync(i => i.Code, cancellationToken);
            var entries = await ListEntries.Matching(db, scope, indicator, null).ToListAsync(cancellationToken);
            return entries.ConvertAll(e => new EntryLine(e, stations.GetValueOrDefault(e.StationId, e.StationId), scope.WorkerNames.GetValueOrDefault(e.WorkerId, e.WorkerId), indicators.GetValueOrDefault(e.IndicatorCode)));
        }
    }

    /// <summary>An entry with the station, worker and indicator it names.</summary>
    internal sealed record EntryLine(Domain.LedgerEntry Entry, string Station, string Worker, Domain.Indicator? Indicator);
}
