using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>The administrator's search of the audit log, newest first, a page at a time.</summary>
[Requires(StaffPermissions.ViewAudit)]
internal sealed record SearchAudit(string? UserName, string? Action, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50)
    : IRequest<Paged<AuditRow>>;

internal sealed record AuditRow(DateTimeOffset At, string? UserName, string Action, string? Target, AuditOutcome Outcome, string? Detail, string? RemoteAddress);

internal sealed class SearchAuditHandler(StaffDb db) : IRequestHandler<SearchAudit, Paged<AuditRow>>
{
    private static readonly TimeSpan Shanghai = LocalTime.Offset;

    public async Task<Paged<AuditRow>> Handle(SearchAudit request, CancellationToken cancellationToken)
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

        var found = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new { a.At, a.UserName, a.Action, a.Target, a.Outcome, a.Detail, a.RemoteAddress })
            .ToPagedAsync(request.Page, request.PageSize, cancellationToken, maxPageSize: 200);
        return found.Map(r => new AuditRow(new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)).ToOffset(Shanghai), r.UserName, r.Action, r.Target, r.Outcome, r.Detail, r.RemoteAddress));
    }
}
