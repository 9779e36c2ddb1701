using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The entries behind a number: by station, worker, indicator, dates and (optionally) the module that credited them,
/// newest first, each linking to its record.
/// </summary>
[Requires(LedgerPermissions.View)]
internal sealed record ListEntries : IRequest<Paged<EntryRow>>
{
    public string? StationId { get; init; }

    public string? WorkerId { get; init; }

    public string? Indicator { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;

    public string? SourceModule { get; init; }

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

    internal static EntryRow Row(Domain.LedgerEntry e, IReadOnlyDictionary<string, string> names) => new EntryRow
    {
        Id = e.Id,
        Date = e.Date,
        StationId = e.StationId,
        WorkerId = e.WorkerId,
        WorkerName = names.GetValueOrDefault(e.WorkerId, e.WorkerId),
        Indicator = e.IndicatorCode,
        Quantity = e.Quantity,
        StandardHoursPerUnit = e.StandardHoursPerUnit,
        Hours = e.Hours,
        IsProfessional = e.IsProfessional,
        Description = e.Description,
        Link = e.Link,
        SourceModule = e.SourceModule,
        SourceId = e.SourceId,
    };

    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListEntries, Paged<EntryRow>>
    {
        public async Task<Paged<EntryRow>> Handle(ListEntries request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, request.WorkerId, request.From, request.To, null, cancellationToken);
            var entries = Matching(db, scope, request.Indicator, request.SourceModule);
            var page = await entries.ToPagedAsync(request.Page, request.PageSize, cancellationToken, maxPageSize: 500);
            return page.Map(e => Row(e, scope.WorkerNames));
        }
    }
}

/// <summary>One credited entry.</summary>
public sealed record EntryRow
{
    public required long Id { get; init; }

    public required DateOnly Date { get; init; }

    public required string StationId { get; init; }

    public required string WorkerId { get; init; }

    public required string WorkerName { get; init; }

    public required string Indicator { get; init; }

    public required decimal Quantity { get; init; }

    public required decimal StandardHoursPerUnit { get; init; }

    public required decimal Hours { get; init; }

    public required bool IsProfessional { get; init; }

    public required string Description { get; init; }

    public required string? Link { get; init; }

    public required string SourceModule { get; init; }

    public required string SourceId { get; init; }
}
