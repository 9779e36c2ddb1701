using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Whose progress, over which days: the caller's choice, checked against what the caller may see.</summary>
internal sealed record LedgerScope(ServiceProject Project, DateOnly From, DateOnly To, DateOnly AsOf, string? StationId, string? WorkerId, IReadOnlyList<StaffMember> Workers)
{
    /// <summary>The workers' names by id.</summary>
    public IReadOnlyDictionary<string, string> WorkerNames { get; } = Workers.ToDictionary(w => w.Id, w => w.DisplayName);

    /// <summary>
    /// The amounts credited in the scope: from the monthly totals when the scope is whole months (a year's summary
    /// over millions of entries reads those), else from the entries themselves.
    /// </summary>
    public IQueryable<Amount> Amounts(LedgerDb db)
    {
        if (From.Day == 1 && To.Day == DateTime.DaysInMonth(To.Year, To.Month))
        {
            var first = (From.Year * 100) + From.Month;
            var last = (To.Year * 100) + To.Month;
            var totals = db.MonthlyTotals.AsNoTracking().Where(t => t.ProjectId == Project.Id && t.Month >= first && t.Month <= last);
            if (StationId is not null)
            {
                totals = totals.Where(t => t.StationId == StationId);
            }

            if (WorkerId is not null)
            {
                totals = totals.Where(t => t.WorkerId == WorkerId);
            }

            return totals.Select(t => new Amount { StationId = t.StationId, WorkerId = t.WorkerId, IndicatorCode = t.IndicatorCode, IsProfessional = t.IsProfessional, Month = t.Month, QuantityCenti = t.QuantityCenti, HoursCenti = t.HoursCenti });
        }

        return Entries(db).Select(e => new Amount { StationId = e.StationId, WorkerId = e.WorkerId, IndicatorCode = e.IndicatorCode, IsProfessional = e.IsProfessional, Month = e.Month, QuantityCenti = e.QuantityCenti, HoursCenti = e.HoursCenti });
    }

    public IQueryable<LedgerEntry> Entries(LedgerDb db)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.ProjectId == Project.Id && !e.IsRetracted && e.Date >= From && e.Date <= To);
        if (StationId is not null)
        {
            entries = entries.Where(e => e.StationId == StationId);
        }

        if (WorkerId is not null)
        {
            entries = entries.Where(e => e.WorkerId == WorkerId);
        }

        return entries;
    }
}

/// <summary>A credited amount, from an entry or a monthly total.</summary>
internal sealed class Amount
{
    public string StationId { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public string IndicatorCode { get; init; } = "";

    public bool IsProfessional { get; init; }

    public int Month { get; init; }

    public long QuantityCenti { get; init; }

    public long HoursCenti { get; init; }
}
