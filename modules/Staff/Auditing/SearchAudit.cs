using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>The administrator's search of the audit log, newest first, a page at a time.</summary>
[Requires(StaffPermissions.ViewAudit)]
internal sealed record SearchAudit(string? UserName, string? Action, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50)
    : IRequest<AuditPage>;

internal sealed record AuditPage(IReadOnlyList<AuditRow> Items, int Total, int Page, int PageSize);

internal sealed record AuditRow(DateTimeOffset At, string? UserName, string Action, string? Target, AuditOutcome Outcome, string? Detail, string? RemoteAddress);

internal sealed class SearchAuditHandler(StaffDb db) : IRequestHandler<SearchAudit, AuditPage>
{
    private static readonly TimeSpan Shanghai = LocalTime.Offset;

    public async Task<AuditPage> Handle(SearchAudit request, CancellationToken cancellationToken)
    {
        var entries = db.AuditRecords.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.UserName))
        {
            entries = entries.Where(a => a.UserName == request.UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Action))
        {
            entries = entries.Where(a => a.Action.Contains(request.Action.Trim()));
        }

        // Dates are days in Asia/Shanghai; the log stores UTC.
        if (request.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Shanghai).UtcDateTime;
            entries = entries.Where(a => a.At >= start);
        }

        if (request.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Shanghai).UtcDateTime;
            entries = entries.Where(a => a.At < end);
        }

        var page = Math.Max(1, request.Page);
        var size = Math.Clamp(request.PageSize, 1, 200);
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(a => new { a.At, a.UserName, a.Action, a.Target, a.Outcome, a.Detail, a.RemoteAddress })
            .ToListAsync(cancellationToken);
        return new AuditPage(
            rows.Select(r => new AuditRow(new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)).ToOffset(Shanghai), r.UserName, r.Action, r.Target, r.Outcome, r.Detail, r.RemoteAddress)).ToList(),
            total,
            page,
            size);
    }
}
