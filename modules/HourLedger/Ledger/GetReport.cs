using MediatR;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Exports;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The bureau's report in the layout of the tender table (序号, 服务内容, 数量, 标准时长, 专业服务时长 — target and
/// done), for a station or the project, over a month or the whole period: the rows of <see cref="GetLedgerSummary"/>,
/// a row that holds several indicators (home and phone visits) shown indicator by indicator.
/// </summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetReport(string? StationId = null, DateOnly? From = null, DateOnly? To = null) : IRequest<LedgerReport>
{
    internal sealed class Handler(IMediator mediator) : IRequestHandler<GetReport, LedgerReport>
    {
        public async Task<LedgerReport> Handle(GetReport request, CancellationToken cancellationToken)
        {
            var summary = await mediator.Send(new GetLedgerSummary(request.StationId, null, request.From, request.To), cancellationToken);

            // A worker asking for no station gets their own: the heading says which.
            var stationName = summary.StationId is { } id
                ? (await mediator.Send(new GetStationNames(), cancellationToken)).GetValueOrDefault(id, id)
                : "全部站点";
            var table = summary.Lines.Where(l => l.Row > 0).ToList();
            return new LedgerReport
            {
                Project = summary.ProjectName,
                StationId = summary.StationId,
                Station = stationName,
                From = summary.From,
                To = summary.To,
                Rows = table,
                TargetHours = table.Sum(r => r.TargetHours),
                DoneHours = table.Sum(r => r.DoneHours),
                OtherHours = summary.Lines.Where(l => l.Row == 0).Sum(l => l.DoneHours),
                ProfessionalShare = summary.ProfessionalShare,
                MinProfessionalShare = summary.MinProfessionalShare,
            };
        }
    }
}

/// <summary>The report: rows of the tender table, totals, the hours outside it and the professional share.</summary>
public sealed record LedgerReport
{
    public required string Project { get; init; }

    public required string? StationId { get; init; }

    public required string Station { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required IReadOnlyList<SummaryLine> Rows { get; init; }

    public required decimal TargetHours { get; init; }

    public required decimal DoneHours { get; init; }

    public required decimal OtherHours { get; init; }

    public required decimal? ProfessionalShare { get; init; }

    public required decimal MinProfessionalShare { get; init; }

    /// <summary>The report as an xlsx workbook: one line an indicator under its row, as the page shows it.</summary>
    public async Task<Stream> ToXlsxAsync(CancellationToken cancellationToken)
    {
        static Dictionary<string, object?> Line(int? row, string? name, string? part, string? unit, decimal? target, decimal? done, decimal? hoursPerUnit, decimal? targetHours, decimal? doneHours) => new()
        {
            ["序号"] = row,
            ["服务内容"] = name,
            ["其中"] = part,
            ["单位"] = unit,
            ["数量（目标）"] = target,
            ["数量（完成）"] = done,
            ["标准时长（小时/单位）"] = hoursPerUnit,
            ["专业服务时长（目标）"] = targetHours,
            ["专业服务时长（完成）"] = doneHours,
        };

        var sheet = new List<Dictionary<string, object?>>();
        foreach (var row in Rows)
        {
            foreach (var part in row.Parts)
            {
                sheet.Add(Line(row.Row, row.Name, part.Name, part.Unit, part.TargetQuantity, part.Quantity, part.StandardHoursPerUnit, part.TargetHours, part.StandardHours));
            }

            if (row.Parts.Count > 1)
            {
                sheet.Add(Line(row.Row, row.Name, "小计", null, null, null, null, row.TargetHours, row.DoneHours));
            }
        }

        sheet.Add(Line(null, "总计", null, null, null, null, null, TargetHours, DoneHours));
        sheet.Add(Line(null, $"{Project}·{Station}·{From:yyyy-MM-dd}至{To:yyyy-MM-dd}；另协助镇街等非专业服务 {OtherHours:0.##} 小时；专业服务占比 {(ProfessionalShare is { } s ? $"{s:P1}" : "—")}（要求不低于 {MinProfessionalShare:P0}）", null, null, null, null, null, null, null));
        return await Spreadsheet.XlsxAsync(sheet, "服务时长", cancellationToken);
    }
}
