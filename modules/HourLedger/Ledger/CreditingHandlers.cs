using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Ledger;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The ledger contract: credits and retractions from any module, usually through the sender's outbox. The
/// standard hours come from the catalogue of the project whose period holds the date; the same source twice is
/// credited once; a refusal is kept (for the lead to see) and thrown.
/// </summary>
internal sealed class CreditingHandlers(LedgerDb db, TimeProvider clock) : IRequestHandler<RecordServiceHours, MediatR.Unit>, IRequestHandler<RetractServiceHours, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordServiceHours request, CancellationToken cancellationToken)
    {
        await Crediting.CreditAsync(db, clock, request.SourceModule, request.SourceId, request.StationId, request.WorkerId, request.IndicatorCode, request.Quantity, request.Date, request.ClientIds, request.Description, request.Link, cancellationToken);
        return MediatR.Unit.Value;
    }

    public async Task<MediatR.Unit> Handle(RetractServiceHours request, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.SourceModule == request.SourceModule && e.SourceId == request.SourceId, cancellationToken);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "来源记录已删除或有误" : Crediting.Clip(request.Reason.Trim(), 200);
        if (entry is null)
        {
            // Nothing credited yet: remember it, so that a credit still on its way is entered retracted.
            if (!await db.EarlyRetractions.AnyAsync(r => r.SourceModule == request.SourceModule && r.SourceId == request.SourceId, cancellationToken))
            {
                db.EarlyRetractions.Add(new EarlyRetraction { SourceModule = request.SourceModule, SourceId = Crediting.Clip(request.SourceId, 100), Reason = reason, At = clock.GetUtcNow().UtcDateTime });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // The same retraction delivered twice at once: one is kept.
                }
            }

            return MediatR.Unit.Value;
        }

        if (entry.IsRetracted)
        {
            return MediatR.Unit.Value;
        }

        entry.IsRetracted = true;
        entry.RetractedAt = clock.GetUtcNow().UtcDateTime;
        entry.RetractReason = reason;
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await Rollup.ApplyAsync(db, entry, -1, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
