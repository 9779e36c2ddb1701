using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Exports;
using Platform.Contracts.Identity;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The bureau's report in the layout of the tender table (序号, 服务内容, 数量, 标准时长, 专业服务时长 — target and
/// done), for a station or the project, over a month or the whole period.
/// </summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetReport(string? StationId = null, DateOnly? From = null, DateOnly? To = null) : IRequest<LedgerReport>
{
    internal sealed class Handler(IMediator mediator) : IRequestHandler<GetReport, LedgerReport>
    {
        public async Task<LedgerReport> Handle(GetReport request, CancellationToken cancellationToken)
        {
            // The summary's rows come in catalogue order; a table row's standard hours are those of its first indicator.
            var summary = await mediator.Send(new GetLedgerSummary(request.StationId, null, request.From, request.To), cancellationToken);
            var rows = summary.Rows.Where(r => r.ReportRow > 0)
                .GroupBy(r => (r.ReportRow, r.ReportName))
                .OrderBy(g => g.Key.ReportRow)
                .Select(g => new ReportRow
                {
                    Row = g.Key.ReportRow,
                    Name = g.Key.ReportName,
                    TargetQuantity = g.Sum(r => r.TargetQuantity),
                    DoneQuantity = g.Sum(r => r.Quantity),
                    StandardHours = g.First().StandardHoursPerUnit,
                    TargetHours = g.Sum(r => r.TargetHours),
                    DoneHours = g.Sum(r => r.StandardHours),
                    Indicators = string.Join(',', g.Select(r => r.Code)),
                })
                .ToList();
            var other = summary.Rows.Where(r => r.ReportRow == 0).Sum(r => r.StandardHours);
            var stationName = request.StationId is null ? "全部站点" : (await mediator.Send(new Platform.Contracts.Staff.GetStationNames(), cancellationToken)).GetValueOrDefault(request.StationId, request.StationId);
            return new LedgerReport
            {
                Project = summary.ProjectName,
                Station = stationName,
                From = summary.From,
                To = summary.To,
                Rows = rows,
                TargetHours = rows.Sum(r => r.TargetHours),
                DoneHours = rows.Sum(r => r.DoneHours),
                OtherHours = other,
                ProfessionalShare = summary.ProfessionalShare,
            };
        }
    }
}

/// <summary>The report: rows of the tender table, totals, the hours outside it and the professional share.</summary>
public sealed record LedgerReport
{
    public required string Project { get; init; }

    public required string Station { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required IReadOnlyList<ReportRow> Rows { get; init; }

    public required decimal TargetHours { get; init; }

    public required decimal DoneHours { get; init; }

    public required decimal OtherHours { get; init; }

    public required decimal? ProfessionalShare { get; init; }

    /// <summary>The report as an xlsx workbook in the table's layout.</summary>
    public async Task<Stream> ToXlsxAsync(CancellationToken cancellationToken)
    {
        var sheet = Rows.Select(r => new Dictionary<string, object?>
        {
            ["序号"] = r.Row,
            ["服务内容"] = r.Name,
            ["数量（目标）"] = r.TargetQuantity,
            ["数量（完成）"] = r.DoneQuantity,
            ["标准时长"] = r.StandardHours,
            ["专业服务时长（目标）"] = r.TargetHours,
            ["专业服务时长（完成）"] = r.DoneHours,
        }).ToList();
        sheet.Add(new Dictionary<string, object?>
        {
            ["序号"] = null,
            ["服务内容"] = "总计",
            ["数量（目标）"] = null,
            ["数量（完成）"] = null,
            ["标准时长"] = null,
            ["专业服务时长（目标）"] = TargetHours,
            ["专业服务时长（完成）"] = DoneHours,
        });
        sheet.Add(new Dictionary<string, object?>
        {
            ["序号"] = null,
            ["服务内容"] = $"{Project}·{Station}·{From:yyyy-MM-dd}至{To:yyyy-MM-dd}；另协助镇街等非专业服务 {OtherHours} 小时；专业服务占比 {(ProfessionalShare is { } s ? $"{s:P1}" : "—")}",
            ["数量（目标）"] = null,
            ["数量（完成）"] = null,
            ["标准时长"] = null,
            ["专业服务时长（目标）"] = null,
            ["专业服务时长（完成）"] = null,
        });
        return await Spreadsheet.XlsxAsync(sheet, "服务时长", cancellationToken);
    }
}

/// <summary>A row of the tender table: quantities and professional hours, target and done.</summary>
public sealed record ReportRow
{
    public required int Row { get; init; }

    public required string Name { get; init; }

    public required decimal TargetQuantity { get; init; }

    public required decimal DoneQuantity { get; init; }

    public required decimal StandardHours { get; init; }

    public required decimal TargetHours { get; init; }

    public required decimal DoneHours { get; init; }

    public required string Indicators { get; init; }
}
