using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

internal static class Crediting
{
    /// <summary>The ledger's own source for hours a worker logs by hand.</summary>
    public const string ManualSource = "ledger";

    public static async Task<LedgerEntry> CreditAsync(
        LedgerDb db,
        TimeProvider clock,
        string sourceModule,
        string sourceId,
        string stationId,
        string workerId,
        string indicatorCode,
        decimal quantity,
        DateOnly date,
        IReadOnlyList<string>? clientIds,
        string description,
        string? link,
        CancellationToken cancellationToken)
    {
        var existing = await db.Entries.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.SourceModule == sourceModule && e.SourceId == sourceId, cancellationToken);
        if (existing is not null)
        {
            // Credited already: a second delivery, or the same record sent twice. A retracted credit stays retracted:
            // a late redelivery of a withdrawn record's credit must not count it again (a restored record credits
            // under a new source id).
            return existing;
        }

        var (project, indicator) = await CatalogueForAsync(db, clock, sourceModule, sourceId, stationId, workerId, indicatorCode, quantity, date, cancellationToken);
        var entry = new LedgerEntry
        {
            SourceModule = sourceModule,
            SourceId = sourceId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ProjectId = project.Id,
            StationId = stationId,
            WorkerId = workerId,
            IndicatorCode = indicator.Code,
            QuantityCenti = LedgerEntry.Centi(quantity),
            StandardHoursPerUnit = indicator.StandardHours,
            HoursCenti = LedgerEntry.Centi(quantity * indicator.StandardHours),
            IsProfessional = indicator.IsProfessional,
            Date = date,
            Month = (date.Year * 100) + date.Month,
            Description = Clip(description, 200),
            Link = link,
            ClientIds = clientIds is { Count: > 0 } ? Clip(string.Join(',', clientIds), 2000) : null,
        };
        var early = await db.EarlyRetractions.FirstOrDefaultAsync(r => r.SourceModule == sourceModule && r.SourceId == sourceId, cancellationToken);
        if (early is not null)
        {
            // Withdrawn before it arrived: kept for the record, counted nowhere.
            entry.IsRetracted = true;
            entry.RetractedAt = early.At;
            entry.RetractReason = early.Reason;
            db.EarlyRetractions.Remove(early);
        }

        db.Entries.Add(entry);

        // The entry and the month's total change together.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two deliveries of the same source raced; the unique index kept one of them.
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            return await db.Entries.IgnoreQueryFilters().AsNoTracking()
                .FirstOrDefaultAsync(e => e.SourceModule == sourceModule && e.SourceId == sourceId, cancellationToken)
                ?? throw new InvalidOperationException("The credit was neither saved nor found.");
        }

        if (!entry.IsRetracted)
        {
            await Rollup.ApplyAsync(db, entry, 1, cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return entry;
    }

    private static async Task<(ServiceProject, Indicator)> CatalogueForAsync(
        LedgerDb db, TimeProvider clock, string sourceModule, string sourceId, string stationId, string workerId, string indicatorCode, decimal quantity, DateOnly date, CancellationToken cancellationToken)
    {
        string? refusal = null;
        ServiceProject? project = null;
        Indicator? indicator = null;
        if (quantity <= 0)
        {
            refusal = "数量必须大于 0。";
        }
        else
        {
            var projects = await db.Projects.AsNoTracking().Where(p => p.StartDate <= date && p.EndDate >= date).ToListAsync(cancellationToken);
            project = projects.FirstOrDefault(p => p.StationIds.Contains(stationId));
            if (project is null)
            {
                refusal = $"{date:yyyy-MM-dd} 不在该站点任何服务项目的期限内，不能记入。";
            }
            else
            {
                indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.ProjectId == project.Id && i.Code == indicatorCode, cancellationToken);
                if (indicator is null)
                {
                    refusal = $"项目指标目录中没有“{indicatorCode}”这项指标，不能记入。";
                }
            }
        }

        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            db.Refused.Add(new RefusedCredit
            {
                SourceModule = sourceModule,
                SourceId = Clip(sourceId, 100),
                StationId = Clip(stationId, 32),
                WorkerId = Clip(workerId, 64),
                IndicatorCode = Clip(indicatorCode, 30),
                Date = date,
                Reason = refusal,
                At = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            throw new BusinessRuleException(refusal, quantity <= 0 ? "quantity" : project is null ? "date" : "indicatorCode");
        }

        return (project!, indicator!);
    }

    internal static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
