using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Credits the ledger refused, newest first, for the lead and the administrator to put right.</summary>
[Requires(LedgerPermissions.Catalogue)]
internal sealed record ListRefusedCredits(int Page = 1) : IRequest<IReadOnlyList<RefusedView>>
{
    internal sealed class Handler(LedgerDb db) : IRequestHandler<ListRefusedCredits, IReadOnlyList<RefusedView>>
    {
        public async Task<IReadOnlyList<RefusedView>> Handle(ListRefusedCredits request, CancellationToken cancellationToken)
        {
            return await db.Refused.AsNoTracking().OrderByDescending(r => r.Id).Skip(Paging.Offset(request.Page, 100)).Take(100)
                .Select(r => new RefusedView
                {
                    At = r.At,
                    SourceModule = r.SourceModule,
                    SourceId = r.SourceId,
                    StationId = r.StationId,
                    WorkerId = r.WorkerId,
                    IndicatorCode = r.IndicatorCode,
                    Date = r.Date,
                    Reason = r.Reason,
                })
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>A refused credit and why.</summary>
public sealed record RefusedView
{
    public required DateTime At { get; init; }

    public required string SourceModule { get; init; }

    public required string SourceId { get; init; }

    public required string StationId { get; init; }

    public required string WorkerId { get; init; }

    public required string IndicatorCode { get; init; }

    public required DateOnly Date { get; init; }

    public required string Reason { get; init; }
}
