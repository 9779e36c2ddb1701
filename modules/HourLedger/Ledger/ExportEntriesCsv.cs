using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Exports;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>The entries of a scope as CSV (UTF-8 with BOM, so that Excel opens the Chinese text), every text field neutralised.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record ExportEntriesCsv(string? StationId = null, string? WorkerId = null, string? Indicator = null, DateOnly? From = null, DateOnly? To = null) : IRequest<string>, IAudited
{
    string IAudited.AuditAction => "导出服务时长明细";

    string? IAudited.AuditTarget => $"station={StationId};worker={WorkerId};indicator={Indicator};from={From};to={To}";

    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ExportEntriesCsv, string>
    {
        public async Task<string> Handle(ExportEntriesCsv request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, request.WorkerId, request.From, request.To, null, cancellationToken);
            var csv = new System.Text.StringBuilder("\uFEFF日期,站点,社工,指标,数量,标准时长/单位,时长,专业服务,说明,来源\r\n");
            await foreach (var entry in ListEntries.Matching(db, scope, request.Indicator, null).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var e = ListEntries.Row(entry, scope.WorkerNames);
                csv.AppendJoin(
                    ',',
                    e.Date.ToString("yyyy-MM-dd"),
                    Spreadsheet.CsvField(e.StationId),
                    Spreadsheet.CsvField(e.WorkerName),
                    Spreadsheet.CsvField(e.Indicator),
                    e.Quantity,
                    e.StandardHoursPerUnit,
                    e.Hours,
                    e.IsProfessional ? "是" : "否",
                    Spreadsheet.CsvField(e.Description),
                    Spreadsheet.CsvField($"{e.SourceModule}:{e.SourceId}")).Append("\r\n");
            }

            return csv.ToString();
        }
    }
}
