using MediatR;
using Microsoft.EntityFrameworkCore;
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
