using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Alerts;

/// <summary>
/// Imports the monitoring platform's alert list (xlsx: 姓名, 身份证号, 预警类型, 预警日期, 预警内容) row by row as it
/// streams in. Each batch's ID numbers are looked up in the registry through its contract in one call (what the caller may see); a matched
/// row becomes a home-verification task for the client's station, due within the rules' days; the same person with the
/// same alert still open is reported as repeated and makes nothing; an ID number no client holds is kept for the lead.
/// Every row's outcome is in the report.
/// </summary>
[Requires(SocialAssistancePermissions.ImportAlerts)]
internal sealed class ImportAlerts : IRequest<AlertImportReport>, IAudited
{
    private const int BatchSize = FindClientsByIdNumbers.MostPerCall;

    public required Stream File { get; init; }

    public string FileName { get; init; } = "";

    string IAudited.AuditAction => "导入监测预警名单";

    string? IAudited.AuditTarget => FileName;

    string? IAudited.AuditDetail => Summary;

    internal string? Summary { get; private set; }

    internal sealed class Handler(SocialAssistanceDb db, IMediator mediator, SocialAssistanceRules rules, ICurrentUser user, TimeProvider clock) : IRequestHandler<ImportAlerts, AlertImportReport>
    {
        private readonly Dictionary<string, string> _stationWorker = [];

        public async Task<AlertImportReport> Handle(ImportAlerts request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = LocalTime.DateOf(now);
            var name = Path.GetFileName(request.FileName).Trim();
            var import = new AlertImport(name.Length > 200 ? name[..200] : name.Length == 0 ? "预警名单.xlsx" : name, user.UserId!, now.UtcDateTime);
            var stations = await mediator.Send(new GetStationNames(), cancellationToken);
            var lines = new List<AlertRowResult>();
            var seen = new HashSet<(string, string)>();
            var batch = new List<AlertRow>();
            var rowNumber = 1;
            var checkedHeader = false;
            db.AlertImports.Add(import);
            foreach (var row in Rows(request.File))
            {
                rowNumber++;
                if (!checkedHeader)
                {
                    var missing = new[] { AlertSheet.IdNumber, AlertSheet.AlertType }.Where(c => !row.ContainsKey(c)).ToList();
                    if (missing.Count > 0)
                    {
                        throw new BusinessRuleException($"表格缺少“{string.Join("”“", missing)}”列：请使用监测平台导出的预警名单，或按模板填写。", "file");
                    }

                    checkedHeader = true;
                }

                if (row.Values.All(v => v is null || string.IsNullOrWhiteSpace(v.ToString())))
                {
                    continue;
                }

                var parsed = Parse(row, rowNumber, today);
                if (parsed.Problem is { } problem)
                {
                    lines.Add(problem);
                }
                else if (!seen.Add((parsed.IdNumber, parsed.AlertType)))
                {
                    lines.Add(new AlertRowResult(rowNumber, AlertRowOutcome.Repeated, parsed.Name, "与表格中前面的某一行是同一人的同一预警，未重复生成核查任务。"));
                }
                else
                {
                    batch.Add(parsed);
                }

                if (batch.Count >= BatchSize)
                {
                    await ApplyAsync(import, batch, stations, today, now.UtcDateTime, lines, cancellationToken);
                    batch.Clear();
                }
            }

            if (!checkedHeader)
            {
                throw new BusinessRuleException("表格里没有预警记录：请上传监测平台导出的预警名单（.xlsx）。", "file");
            }

            await ApplyAsync(import, batch, stations, today, now.UtcDateTime, lines, cancellationToken);
            lines.Sort((a, b) => a.Row.CompareTo(b.Row));
            import.Rows = lines.Count;
            import.Matched = lines.Count(l => l.Outcome == AlertRowOutcome.Matched);
            import.Repeated = lines.Count(l => l.Outcome == AlertRowOutcome.Repeated);
            import.Unmatched = lines.Count(l => l.Outcome == AlertRowOutcome.Unmatched);
            import.Rejected = lines.Count(l => l.Outcome == AlertRowOutcome.Rejected);
            db.AlertImports.Attach(import).State = EntityState.Modified;
            await db.SaveChangesAsync(cancellationToken);
            request.Summary = $"生成核查任务 {import.Matched} 项，重复 {import.Repeated} 行，未匹配 {import.Unmatched} 行，退回 {import.Rejected} 行";
            return new AlertImportReport(import.Id, import.Matched, import.Repeated, import.Unmatched, import.Rejected, lines);
        }

        /// <summary>Looks the batch's people up, finds their open alerts in one query, makes the tasks and commits them together.</summary>
        private async Task ApplyAsync(AlertImport import, List<AlertRow> batch, IReadOnlyDictionary<string, string> stations, DateOnly today, DateTime now, List<AlertRowResult> lines, CancellationToken cancellationToken)
        {
            if (batch.Count == 0)
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            // The registry answers only what the caller may see: a worker or a lead, the registry's own station rules.
            var found = await mediator.Send(new FindClientsByIdNumbers(batch.ConvertAll(r => r.IdNumber)), cancellationToken);
            var ids = found.Values.Select(c => c.Id).ToList();
            var open = (await db.VerificationTasks.AsNoTracking().Where(t => ids.Contains(t.ClientId) && t.ClosedAt == null).Select(t => new { t.ClientId, t.AlertType }).ToListAsync(cancellationToken))
                .Select(t => (t.ClientId, t.AlertType)).ToHashSet();
            var workers = await db.Files.AsNoTracking().Where(f => ids.Contains(f.ClientId)).ToDictionaryAsync(f => f.ClientId, f => f.WorkerId, cancellationToken);
            var due = today.AddDays(rules.AlertVerifyDays);
            foreach (var row in batch)
            {
                if (!found.TryGetValue(row.IdNumber, out var client))
                {
                    db.UnmatchedAlerts.Add(new UnmatchedAlert(import.Id, row.Row, row.IdNumber, row.Name, row.AlertType, row.AlertedOn, row.Detail));
                    lines.Add(new AlertRowResult(row.Row, AlertRowOutcome.Unmatched, row.Name, "服务对象名单中没有这个身份证号（或已归档）：已留给项目主管核对。"));
                    continue;
                }

                if (open.Contains((client.Id, row.AlertType)))
                {
                    lines.Add(new AlertRowResult(row.Row, AlertRowOutcome.Repeated, client.Name, $"{client.Name}的“{row.AlertType}”预警尚在核查中，未重复生成任务。"));
                    continue;
                }

                var worker = workers.GetValueOrDefault(client.Id) ?? await StationWorkerAsync(client.StationId, cancellationToken);
                db.VerificationTasks.Add(new VerificationTask(import.Id, client.Id, client.StationId, worker, client.Name, row.AlertType, row.AlertedOn, row.Detail, due, now));
                open.Add((client.Id, row.AlertType));
                lines.Add(new AlertRowResult(row.Row, AlertRowOutcome.Matched, client.Name, $"已生成核查任务：{stations.GetValueOrDefault(client.StationId, client.StationId)}，{due:yyyy-MM-dd} 前入户核查。"));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        /// <summary>The station's first active worker (by user name), as the kit gives a moved file; empty when it has none.</summary>
        private async Task<string> StationWorkerAsync(string stationId, CancellationToken cancellationToken)
        {
            if (!_stationWorker.TryGetValue(stationId, out var worker))
            {
                var staff = await mediator.Send(new GetStationWorkers(stationId), cancellationToken);
                worker = staff.Where(w => w.IsActive).OrderBy(w => w.UserName, StringComparer.Ordinal).FirstOrDefault()?.Id ?? "";
                _stationWorker[stationId] = worker;
            }

            return worker;
        }

        private static AlertRow Parse(IDictionary<string, object?> row, int rowNumber, DateOnly today)
        {
            var name = Text(row, AlertSheet.Name);
            AlertRow Refuse(string message) => new(rowNumber, "", name, "", null, null) { Problem = new AlertRowResult(rowNumber, AlertRowOutcome.Rejected, name, message) };
            if (name is { Length: > 50 })
            {
                return Refuse("姓名不能超过 50 字。");
            }

            if (Cell(row, AlertSheet.IdNumber) is double)
            {
                return Refuse("身份证号被 Excel 存成了数字，后几位已丢失；请把该列设为“文本”后重新导出。");
            }

            var idText = Text(row, AlertSheet.IdNumber);
            if (idText is null)
            {
                return Refuse("请填写身份证号。");
            }

            if (!ResidentIdNumber.TryParse(idText, today, out var id, out var error))
            {
                return Refuse(error!);
            }

            var type = Text(row, AlertSheet.AlertType);
            if (type is null || type.Length > 50)
            {
                return Refuse("请填写预警类型（50 字以内）。");
            }

            DateOnly? alertedOn;
            switch (Cell(row, AlertSheet.AlertedOn))
            {
                case null:
                    alertedOn = null;
                    break;
                case DateTime date:
                    alertedOn = DateOnly.FromDateTime(date);
                    break;
                case var value when string.IsNullOrWhiteSpace(value.ToString()):
                    alertedOn = null;
                    break;
                case var value when DateOnly.TryParse(value.ToString()!.Trim().Replace('/', '-').Replace('.', '-'), CultureInfo.InvariantCulture, out var date):
                    alertedOn = date;
                    break;
                case var value:
                    return Refuse($"预警日期“{value}”无法识别，请按 yyyy-MM-dd 填写。");
            }

            if (alertedOn > today)
            {
                return Refuse("预警日期不能晚于今天。");
            }

            var detail = Text(row, AlertSheet.Detail);
            if (detail is { Length: > 500 })
            {
                return Refuse("预警内容不能超过 500 字。");
            }

            return new AlertRow(rowNumber, id!.Value, name, type, alertedOn, detail);
        }

        /// <summary>The sheet's rows as they stream in; a file that is not an xlsx workbook is the uploader's mistake, answered as one.</summary>
        private static IEnumerable<IDictionary<string, object?>> Rows(Stream file)
        {
            IEnumerator<IDictionary<string, object?>>? rows = null;
            try
            {
                while (true)
                {
                    IDictionary<string, object?> row;
                    try
                    {
                        rows ??= file.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
                        if (!rows.MoveNext())
                        {
                            yield break;
                        }

                        row = rows.Current;
                    }
                    catch (Exception unreadable) when (unreadable is not (BusinessRuleException or OperationCanceledException))
                    {
                        throw new BusinessRuleException("无法读取这个文件：请上传监测平台导出的预警名单（.xlsx）。", "file");
                    }

                    yield return row;
                }
            }
            finally
            {
                rows?.Dispose();
            }
        }

        private static object? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var value) ? value : null;

        private static string? Text(IDictionary<string, object?> row, string column) => Cell(row, column) switch
        {
            null => null,
            double number when number == Math.Floor(number) => ((long)number).ToString(CultureInfo.InvariantCulture),
            DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            var value => string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString()!.Trim(),
        };

        private sealed record AlertRow(int Row, string IdNumber, string? Name, string AlertType, DateOnly? AlertedOn, string? Detail)
        {
            public AlertRowResult? Problem { get; init; }
        }
    }
}

/// <summary>The alert list's columns.</summary>
internal static class AlertSheet
{
    public const string Name = "姓名";
    public const string IdNumber = "身份证号";
    public const string AlertType = "预警类型";
    public const string AlertedOn = "预警日期";
    public const string Detail = "预警内容";
}

/// <summary>What became of one row.</summary>
public enum AlertRowOutcome
{
    /// <summary>Matched a client: a verification task was made.</summary>
    Matched,

    /// <summary>The same person's same alert is already open (or earlier in the sheet): nothing made.</summary>
    Repeated,

    /// <summary>No client holds the ID number: kept for the lead.</summary>
    Unmatched,

    /// <summary>The row itself is wrong (ID number, alert type, date): nothing kept.</summary>
    Rejected,
}

/// <summary>One row's outcome: its number in the sheet (the header is row 1), the name it gave and a Chinese message.</summary>
public sealed record AlertRowResult(int Row, AlertRowOutcome Outcome, string? Name, string Message);

/// <summary>What an alert import did, with every row's outcome.</summary>
public sealed record AlertImportReport(string ImportId, int Matched, int Repeated, int Unmatched, int Rejected, IReadOnlyList<AlertRowResult> Rows);
