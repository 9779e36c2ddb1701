using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Exports;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The entries of a scope as CSV (UTF-8 with BOM, so that Excel opens the Chinese text): the rows and words of the xlsx
/// (<see cref="ExportEntries"/>), every text field neutralised.
/// </summary>
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
            return Spreadsheet.Csv(await ExportEntries.Handler.LinesAsync(db, mediator, scope, request.Indicator, cancellationToken), ExportEntries.Handler.Columns);
        }
    }
}
