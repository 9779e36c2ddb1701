using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Exports;
using Platform.Modularity.Records;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>
/// The log as the search shows it, newest first, as an xlsx workbook with names and words (an inspector reads it in
/// Excel). At most <see cref="MostRows"/> rows: a longer period is downloaded in parts, which the page says. The download is itself audited.
/// </summary>
[Requires(StaffPermissions.ViewAudit)]
internal sealed record ExportAudit(string? UserName, string? Action, DateOnly? From, DateOnly? To) : IRequest<Stream>, IAudited
{
    public const int MostRows = 50_000;

    // Lookups of names are made a page at a time, as on the screen.
    private const int Batch = 1_000;

    string IAudited.AuditAction => "导出审计日志";

    string? IAudited.AuditTarget => $"user={UserName};action={Action};from={From:yyyy-MM-dd};to={To:yyyy-MM-dd}";

    internal sealed class Handler(StaffDb db, IMediator mediator, RecordKindNames kinds) : IRequestHandler<ExportAudit, Stream>
    {
        public async Task<Stream> Handle(ExportAudit request, CancellationToken cancellationToken)
        {
            var entries = AuditFilter.Apply(db.AuditRecords.AsNoTracking(), request.UserName, request.Action, request.From, request.To)
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
            var rows = new List<IDictionary<string, object?>>();
            for (var skip = 0; skip < MostRows; skip += Batch)
            {
                var batch = await entries.Skip(skip).Take(Batch).ToListAsync(cancellationToken);
                var words = await AuditWording.ForAsync(db, mediator, kinds, batch.SelectMany(r => new[] { r.UserId, r.Target, r.Detail }), cancellationToken);
                rows.AddRange(batch.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
                {
                    ["时间"] = AuditFilter.Local(r.At).ToString("yyyy-MM-dd HH:mm:ss"),
                    ["用户"] = words.Who(r.UserId, r.UserName),
                    ["用户名"] = r.UserName,
                    ["操作"] = r.Action,
                    ["对象"] = words.What(r.Target),
                    ["结果"] = AuditOutcomes.NameOf(r.Outcome),
                    ["说明"] = words.Words(r.Detail),
                    ["来源地址"] = r.RemoteAddress,
                }));
                if (batch.Count < Batch)
                {
                    break;
                }
            }

            if (rows.Count == 0)
            {
                rows.Add(new Dictionary<string, object?> { ["时间"] = null, ["用户"] = null, ["用户名"] = null, ["操作"] = null, ["对象"] = null, ["结果"] = null, ["说明"] = null, ["来源地址"] = null });
            }

            return await Spreadsheet.XlsxAsync(rows, "审计日志", cancellationToken);
        }
    }
}

/// <summary>How an audited action ended, in the words of the page and the download.</summary>
internal static class AuditOutcomes
{
    public static string NameOf(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Succeeded => "成功",
        AuditOutcome.Denied => "拒绝（无权限）",
        _ => "未通过（输入有误或不符合规则）",
    };
}
