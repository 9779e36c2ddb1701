using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Exports;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Exports;

/// <summary>
/// The service rows for the national system's batch import, as xlsx in the configured columns: one row per volunteer and
/// closed activity, of volunteers who consented. Rows not exported before are claimed by this export in one statement
/// (so two exports at once never both take a row) and keep its id and time: the next export leaves them out, unless
/// <see cref="Again"/> asks for them on purpose (recorded as a repeat).
/// </summary>
[Requires(VolunteerPermissions.Export)]
internal sealed record ExportServiceRows(DateOnly? From = null, DateOnly? To = null, string? ActivityId = null, bool Again = false) : IRequest<ExportFile>, IAudited
{
    string IAudited.AuditAction => Again ? "重新导出志愿服务记录" : "导出志愿服务记录（全国志愿服务信息系统）";

    string? IAudited.AuditTarget => ActivityId;

    string? IAudited.AuditDetail => $"{From:yyyy-MM-dd} – {To:yyyy-MM-dd}";

    internal sealed class Handler(VolunteersDb db, VolunteerRules rules, ICurrentUser user, TimeProvider clock) : IRequestHandler<ExportServiceRows, ExportFile>
    {
        public async Task<ExportFile> Handle(ExportServiceRows request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("导出本站点的志愿服务记录");
            if (request.From > request.To)
            {
                throw new BusinessRuleException("开始日期不能晚于结束日期。", "from");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var export = new ServiceExport(station, user.UserId!, now, 0, Scope(request));
            var rows = db.Attendances.Where(t => t.StationId == station && t.SignedOutAt != null
                && db.Activities.Any(a => a.Id == t.ActivityId && a.State == ActivityState.Closed)
                && db.Volunteers.Any(v => v.Id == t.VolunteerId && v.Consent));
            if (request.ActivityId is { Length: > 0 } activity)
            {
                rows = rows.Where(t => t.ActivityId == activity);
            }

            if (request.From is { } from)
            {
                var start = LocalTime.StartOf(from);
                rows = rows.Where(t => t.SignedInAt >= start);
            }

            if (request.To is { } to)
            {
                var end = LocalTime.StartOf(to.AddDays(1));
                rows = rows.Where(t => t.SignedInAt < end);
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            IQueryable<Attendance> chosen;
            if (request.Again)
            {
                chosen = rows.Where(t => t.ExportId != null);
            }
            else
            {
                await rows.Where(t => t.ExportId == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExportId, export.Id).SetProperty(t => t.ExportedAt, now), cancellationToken);
                chosen = db.Attendances.Where(t => t.ExportId == export.Id);
            }

            var lines = await (from t in chosen.AsNoTracking()
                               join a in db.Activities.AsNoTracking() on t.ActivityId equals a.Id
                               join v in db.Volunteers.AsNoTracking() on t.VolunteerId equals v.Id
                               orderby t.SignedInAt, v.Name
                               select new Row(v.Name, v.DocumentType, v.DocumentNumber, v.Phone, v.NationalNumber, a.Title, t.SignedInAt, t.SignedOutAt!.Value, t.Hours, a.Content, a.WorkerName, a.OrganisationName, a.Place))
                .ToListAsync(cancellationToken);
            export.Counted(lines.Count);
            db.Exports.Add(export);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);

            var columns = rules.Columns();
            var sheet = lines.Select(line => (IDictionary<string, object?>)columns.ToDictionary(c => c.Header, c => line.Cell(c.Field, rules)));
            var stream = await Spreadsheet.XlsxAsync(lines.Count == 0 ? [columns.ToDictionary(c => c.Header, _ => (object?)null)] : sheet, "志愿服务记录", cancellationToken);
            return new ExportFile(stream, lines.Count, $"志愿服务记录-{LocalTime.Today(clock):yyyyMMdd}.xlsx");
        }

        private static string Scope(ExportServiceRows request) =>
            $"{(request.Again ? "重新导出 " : "")}{request.From:yyyy-MM-dd}–{request.To:yyyy-MM-dd}{(request.ActivityId is null ? "" : " 活动 " + request.ActivityId)}";
    }

    private sealed record Row(string Name, DocumentType DocumentType, string? DocumentNumber, string? Phone, string? NationalNumber, string Activity, DateTime In, DateTime Out, decimal Hours, string Content, string Recorder, string? Organiser, string Place)
    {
        public object? Cell(ExportField field, VolunteerRules rules) => field switch
        {
            ExportField.Name => Name,
            ExportField.DocumentType => Documents.NameOf(DocumentType),
            ExportField.DocumentNumber => rules.ExportFullDocumentNumber ? DocumentNumber : Masking.IdNumber(DocumentNumber),
            ExportField.Phone => Phone,
            ExportField.VolunteerNumber => NationalNumber,
            ExportField.ActivityName => Activity,
            ExportField.ServiceDate => GetActivity.Local(In).ToString("yyyy-MM-dd"),
            ExportField.StartTime => GetActivity.Local(In).ToString("HH:mm"),
            ExportField.EndTime => GetActivity.Local(Out).ToString("HH:mm"),
            ExportField.Hours => Hours,
            ExportField.Content => Content,
            ExportField.Recorder => Recorder,
            ExportField.Organiser => Organiser ?? "民政服务站",
            _ => Place,
        };
    }
}

/// <summary>An xlsx export and how many service rows it holds.</summary>
internal sealed record ExportFile(Stream Content, int Rows, string FileName);
