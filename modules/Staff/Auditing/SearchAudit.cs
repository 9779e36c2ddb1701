using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Modularity.Records;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>The administrator's search of the audit log, newest first, a page at a time.</summary>
[Requires(StaffPermissions.ViewAudit)]
internal sealed record SearchAudit(string? UserName, string? Action, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50)
    : IRequest<Paged<AuditRow>>;

/// <summary>
/// One entry as people read it: <see cref="Who"/> and <see cref="What"/> name the account and the record, the detail
/// names the stations, accounts and clients it mentions; <see cref="UserName"/> and <see cref="Target"/> are kept as
/// logged (what a search by user or record matches).
/// </summary>
internal sealed record AuditRow(DateTimeOffset At, string? UserName, string Who, string Action, string? Target, string? What, AuditOutcome Outcome, string? Detail, string? RemoteAddress);

internal sealed class SearchAuditHandler(StaffDb db, IMediator mediator, RecordKindNames kinds) : IRequestHandler<SearchAudit, Paged<AuditRow>>
{
    public async Task<Paged<AuditRow>> Handle(SearchAudit request, CancellationToken cancellationToken)
    {
        var entries = AuditFilter.Apply(db.AuditRecords.AsNoTracking(), request.UserName, request.Action, request.From, request.To);
        var found = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.At, a.UserId, a.UserName, a.Action, a.Target, a.Outcome, a.Detail, a.RemoteAddress })
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken, maxPageSize: 200);
        var words = await AuditWording.ForAsync(db, mediator, kinds, found.Items.SelectMany(r => new[] { r.UserId, r.Target, r.Detail }), cancellationToken);
        return found.Map(r => new AuditRow(
            AuditFilter.Local(r.At),
            r.UserName,
            words.Who(r.UserId, r.UserName),
            r.Action,
            r.Target,
            words.What(r.Target),
            r.Outcome,
            words.Words(r.Detail),
            r.RemoteAddress));
    }
}

/// <summary>The log's filters, the same for the page, the API and the download.</summary>
internal static class AuditFilter
{
    public static IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> entries, string? userName, string? action, DateOnly? from, DateOnly? to)
    {
        if (!string.IsNullOrWhiteSpace(userName))
        {
            entries = entries.Where(a => a.UserName == userName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            entries = entries.Where(a => a.Action.Contains(action.Trim()));
        }

        // Dates are days in Asia/Shanghai; the log stores UTC.
        if (from is { } first)
        {
            var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), LocalTime.Offset).UtcDateTime;
            entries = entries.Where(a => a.At >= start);
        }

        if (to is { } last)
        {
            var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), LocalTime.Offset).UtcDateTime;
            entries = entries.Where(a => a.At < end);
        }

        return entries;
    }

    /// <summary>A stored time (UTC) as Asia/Shanghai time.</summary>
    public static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(LocalTime.Offset);
}
