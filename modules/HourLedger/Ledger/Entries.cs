using Platform.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The entries behind a number: by station, worker, indicator, dates and (optionally) the module that credited them,
/// newest first, each linking to its record.
/// </summary>
[Requires(LedgerPermissions.View)]
public sealed record ListEntries(string? StationId = null, string? WorkerId = null, string? Indicator = null, DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50, string? SourceModule = null) : IRequest<EntryPage>
{
    /// <summary>The scope's entries the request asks for, newest first.</summary>
    internal static IQueryable<Domain.LedgerEntry> Matching(LedgerDb db, LedgerScope scope, string? indicator, string? sourceModule)
    {
        var entries = scope.Entries(db);
        // One code, or several separated by commas (a row of the report).
        var codes = (indicator ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 1)
        {
            entries = entries.Where(e => e.IndicatorCode == codes[0]);
        }
        else if (codes.Length > 1)
        {
            entries = entries.Where(e => codes.Contains(e.IndicatorCode));
        }

        if (!string.IsNullOrEmpty(sourceModule))
        {
            entries = entries.Where(e => e.SourceModule == sourceModule);
        }

        return entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id);
    }

    internal static EntryRow Row(Domain.LedgerEntry e, IReadOnlyDictionary<string, string> names) => new(
        e.Id,
        e.Date,
        e.StationId,
        e.WorkerId,
        names.GetValueOrDefault(e.WorkerId, e.WorkerId),
        e.IndicatorCode,
        e.Quantity,
        e.StandardHoursPerUnit,
        e.Hours,
        e.IsProfessional,
        e.Description,
        e.Link,
        e.SourceModule,
        e.SourceId);

    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListEntries, EntryPage>
    {
        public async Task<EntryPage> Handle(ListEntries request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, request.WorkerId, request.From, request.To, null, cancellationToken);
            var entries = Matching(db, scope, request.Indicator, request.SourceModule);
            var size = Math.Clamp(request.PageSize, 1, 500);
            var page = Math.Max(1, request.Page);
            var total = await entries.CountAsync(cancellationToken);
            var rows = await entries.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new EntryPage(rows.Select(e => Row(e, scope.WorkerNames)).ToList(), total, page, size);
        }
    }
}

/// <summary>A page of entries.</summary>
public sealed record EntryPage(IReadOnlyList<EntryRow> Items, int Total, int Page, int PageSize);

/// <summary>One credited entry.</summary>
public sealed record EntryRow(long Id, DateOnly Date, string StationId, string WorkerId, string WorkerName, string Indicator, decimal Quantity, decimal StandardHoursPerUnit, decimal Hours, bool IsProfessional, string Description, string? Link, string SourceModule, string SourceId);

/// <summary>The entries of a scope as CSV (UTF-8 with BOM, so that Excel opens the Chinese text).</summary>
[Requires(LedgerPermissions.View)]
public sealed record ExportEntriesCsv(string? StationId = null, string? WorkerId = null, string? Indicator = null, DateOnly? From = null, DateOnly? To = null) : IRequest<string>, IAudited
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
                csv.AppendJoin(',', e.Date.ToString("yyyy-MM-dd"), e.StationId, Csv(e.WorkerName), e.Indicator, e.Quantity, e.StandardHoursPerUnit, e.Hours, e.IsProfessional ? "是" : "否", Csv(e.Description), $"{e.SourceModule}:{e.SourceId}").Append("\r\n");
            }

            return csv.ToString();
        }

        private static string Csv(string text) => text.Contains(',') || text.Contains('"') || text.Contains('\n') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}

/// <summary>The indicator catalogue of the current project.</summary>
[Requires(LedgerPermissions.View)]
public sealed record GetIndicators(int? ProjectId = null) : IRequest<IReadOnlyList<IndicatorView>>
{
    internal sealed class Handler(LedgerDb db, TimeProvider clock) : IRequestHandler<GetIndicators, IReadOnlyList<IndicatorView>>
    {
        public async Task<IReadOnlyList<IndicatorView>> Handle(GetIndicators request, CancellationToken cancellationToken)
        {
            var project = await Progress.ProjectOnAsync(db, await Progress.StartOfAsync(db, request.ProjectId, cancellationToken) ?? LocalTime.Today(clock), cancellationToken);
            if (project is null)
            {
                return [];
            }

            return await db.Indicators.AsNoTracking().Where(i => i.ProjectId == project.Id).OrderBy(i => i.Order)
                .Select(i => new IndicatorView(i.Code, i.Name, i.Unit, i.StandardHours, i.IsProfessional, i.TargetQuantity, i.ReportRow, i.ReportName, i.Rule))
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>An indicator as the catalogue lists it.</summary>
public sealed record IndicatorView(string Code, string Name, string Unit, decimal StandardHours, bool IsProfessional, decimal TargetQuantity, int ReportRow, string ReportName, string? Rule);

/// <summary>
/// The bureau's report in the layout of the tender table (序号, 服务内容, 数量, 标准时长, 专业服务时长 — target and
/// done), for a station or the project, over a month or the whole period.
/// </summary>
[Requires(LedgerPermissions.View)]
public sealed record GetReport(string? StationId = null, DateOnly? From = null, DateOnly? To = null) : IRequest<LedgerReport>
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
                .Select(g => new ReportRow(
                    g.Key.ReportRow,
                    g.Key.ReportName,
                    g.Sum(r => r.TargetQuantity),
                    g.Sum(r => r.Quantity),
                    g.First().StandardHoursPerUnit,
                    g.Sum(r => r.TargetHours),
                    g.Sum(r => r.StandardHours),
                    string.Join(',', g.Select(r => r.Code))))
                .ToList();
            var other = summary.Rows.Where(r => r.ReportRow == 0).Sum(r => r.StandardHours);
            var stationName = request.StationId is null ? "全部站点" : (await mediator.Send(new Platform.Contracts.Staff.GetStationNames(), cancellationToken)).GetValueOrDefault(request.StationId, request.StationId);
            return new LedgerReport(summary.ProjectName, stationName, summary.From, summary.To, rows, rows.Sum(r => r.TargetHours), rows.Sum(r => r.DoneHours), other, summary.ProfessionalShare);
        }
    }
}

/// <summary>The report: rows of the tender table, totals, the hours outside it and the professional share.</summary>
public sealed record LedgerReport(string Project, string Station, DateOnly From, DateOnly To, IReadOnlyList<ReportRow> Rows, decimal TargetHours, decimal DoneHours, decimal OtherHours, decimal? ProfessionalShare)
{
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
        var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "服务时长", cancellationToken: cancellationToken);
        stream.Position = 0;
        return stream;
    }
}

/// <summary>A row of the tender table: quantities and professional hours, target and done.</summary>
public sealed record ReportRow(int Row, string Name, decimal TargetQuantity, decimal DoneQuantity, decimal StandardHours, decimal TargetHours, decimal DoneHours, string Indicators);

/// <summary>
/// The administrator changes an indicator of the current project's catalogue (for a new project, or a corrected
/// term). Entries already credited keep the standard hours they were credited with.
/// </summary>
[Requires(LedgerPermissions.ManageProjects)]
public sealed class UpdateIndicator : IRequest<MediatR.Unit>, IAudited
{
    public string Code { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "请填写指标名称。")]
    [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = "名称不能超过 100 个字。")]
    public string Name { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Range(0, 1000, ErrorMessage = "标准时长应在 0 到 1000 小时之间。")]
    public decimal StandardHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 1_000_000, ErrorMessage = "目标数量应在 0 到 1,000,000 之间。")]
    public decimal TargetQuantity { get; set; }

    public bool IsProfessional { get; set; } = true;

    /// <summary>Null for the current project.</summary>
    public int? ProjectId { get; set; }

    string IAudited.AuditAction => "修改指标目录";

    string? IAudited.AuditTarget => Code;

    string? IAudited.AuditDetail => $"{Name}：{StandardHours} 小时/单位，目标 {TargetQuantity}，{(IsProfessional ? "专业" : "非专业")}";

    internal sealed class Handler(LedgerDb db, TimeProvider clock) : IRequestHandler<UpdateIndicator, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(UpdateIndicator request, CancellationToken cancellationToken)
        {
            var project = await Progress.ProjectOnAsync(db, await Progress.StartOfAsync(db, request.ProjectId, cancellationToken) ?? LocalTime.Today(clock), cancellationToken)
                ?? throw new Platform.Contracts.NotFoundException("还没有服务项目。");
            var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.ProjectId == project.Id && i.Code == request.Code, cancellationToken)
                ?? throw new Platform.Contracts.NotFoundException($"指标目录中没有“{request.Code}”。");
            indicator.Name = request.Name.Trim();
            indicator.StandardHours = request.StandardHours;
            indicator.TargetQuantity = request.TargetQuantity;
            indicator.IsProfessional = request.IsProfessional;
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>Credits the ledger refused, newest first, for the lead and the administrator to put right.</summary>
[Requires(LedgerPermissions.Catalogue)]
public sealed record ListRefusedCredits(int Page = 1) : IRequest<IReadOnlyList<RefusedView>>
{
    internal sealed class Handler(LedgerDb db) : IRequestHandler<ListRefusedCredits, IReadOnlyList<RefusedView>>
    {
        public async Task<IReadOnlyList<RefusedView>> Handle(ListRefusedCredits request, CancellationToken cancellationToken)
        {
            return await db.Refused.AsNoTracking().OrderByDescending(r => r.Id).Skip((Math.Max(1, request.Page) - 1) * 100).Take(100)
                .Select(r => new RefusedView(r.At, r.SourceModule, r.SourceId, r.StationId, r.WorkerId, r.IndicatorCode, r.Date, r.Reason))
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>A refused credit and why.</summary>
public sealed record RefusedView(DateTime At, string SourceModule, string SourceId, string StationId, string WorkerId, string IndicatorCode, DateOnly Date, string Reason);

/// <summary>One target of a station (no worker) or of one of its workers; a quantity of null goes back to the even split.</summary>
public sealed record TargetValue(string IndicatorCode, string? WorkerId, decimal? Quantity);

/// <summary>
/// The lead or the administrator sets targets of one station and its workers for indicators of the current project
/// (or the one given), replacing the even split, all in one transaction: one bad value and nothing is written.
/// </summary>
[Requires(LedgerPermissions.Catalogue)]
public sealed class SetTargets : IRequest<MediatR.Unit>, IAudited
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
