using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.HourLedger.Domain;

/// <summary>A service project (合同期): the period the funder pays for, its stations and the year's terms.</summary>
internal sealed class ServiceProject
{
    private ServiceProject()
    {
    }

    public ServiceProject(string name, DateOnly start, DateOnly end, IEnumerable<string> stationIds) => Change(name, start, end, stationIds);

    public int Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>Service hours a worker owes in a full year (tender: 1,960).</summary>
    public decimal AnnualHoursPerWorker { get; set; } = 1960;

    /// <summary>The least share of service time that must be professional social work (tender: 70 %).</summary>
    public decimal MinProfessionalShare { get; set; } = 0.70m;

    public List<string> StationIds { get; private set; } = [];

    public bool IsDemo { get; init; }

    /// <summary>Renames the project, moves its period or changes its stations.</summary>
    public void Change(string name, DateOnly start, DateOnly end, IEnumerable<string> stationIds)
    {
        if (end < start)
        {
            throw new BusinessRuleException("项目结束日期不能早于开始日期。", "endDate");
        }

        Name = name;
        StartDate = start;
        EndDate = end;
        StationIds = stationIds.Distinct().ToList();
    }

    public bool Covers(DateOnly day) => StartDate <= day && day <= EndDate;

    /// <summary>How much of the period has passed by the end of <paramref name="day"/> (0 before it starts, 1 after it ends).</summary>
    public decimal ElapsedShare(DateOnly day)
    {
        if (day < StartDate)
        {
            return 0;
        }

        if (day >= EndDate)
        {
            return 1;
        }

        var total = EndDate.DayNumber - StartDate.DayNumber + 1;
        return (decimal)(day.DayNumber - StartDate.DayNumber + 1) / total;
    }
}

/// <summary>
/// An indicator of the project's catalogue (tender 4.4): what is counted, in which unit, how many standard hours a
/// unit is worth, whether it is professional social work, and the project's target quantity. Several indicators may
/// report under one row of the tender table (home and phone visits under row 1).
/// </summary>
internal sealed class Indicator
{
    public int Id { get; private set; }

    public int ProjectId { get; init; }

    public string Code { get; init; } = "";

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    public decimal StandardHours { get; set; }

    public bool IsProfessional { get; set; } = true;

    public decimal TargetQuantity { get; set; }

    /// <summary>The row (序号) of the tender table this indicator reports under; 0 for work outside the table.</summary>
    public int ReportRow { get; set; }

    /// <summary>The row's 服务内容 as the report prints it.</summary>
    public string ReportName { get; set; } = "";

    /// <summary>The rule and its source, for people reading the catalogue.</summary>
    public string? Rule { get; set; }

    public int Order { get; set; }

    /// <summary>The same indicator in another project's catalogue (a new project starts from the last one's).</summary>
    public Indicator CopyTo(int projectId) => new()
    {
        ProjectId = projectId,
        Code = Code,
        Name = Name,
        Unit = Unit,
        StandardHours = StandardHours,
        IsProfessional = IsProfessional,
        TargetQuantity = TargetQuantity,
        ReportRow = ReportRow,
        ReportName = ReportName,
        Rule = Rule,
        Order = Order,
    };
}

/// <summary>A target set by hand for a station or one of its workers, replacing the even split.</summary>
internal sealed class Target
{
    public int Id { get; private set; }

    public int ProjectId { get; init; }

    public string IndicatorCode { get; init; } = "";

    public string StationId { get; init; } = "";

    /// <summary>Null for the station's own target.</summary>
    public string? WorkerId { get; init; }

    public decimal Quantity { get; set; }
}

/// <summary>
/// One credit: a quantity of an indicator earned by a worker of a station on a day, from a record of a module.
/// The standard hours and the professional flag are copied from the catalogue when credited, so later catalogue
/// changes leave it as it was. A retraction keeps the entry (marked) for the audit trail.
/// </summary>
internal sealed class LedgerEntry : IStationScoped
{
    public long Id { get; private set; }

    public int ProjectId { get; set; }

    public string StationId { get; set; } = "";

    public string WorkerId { get; set; } = "";

    public string IndicatorCode { get; set; } = "";

    /// <summary>The quantity in hundredths (sums stay exact integers in both databases).</summary>
    public long QuantityCenti { get; set; }

    public decimal StandardHoursPerUnit { get; set; }

    /// <summary>Quantity × standard hours per unit, in hundredths of an hour.</summary>
    public long HoursCenti { get; set; }

    public decimal Quantity => QuantityCenti / 100m;

    public decimal Hours => HoursCenti / 100m;

    public static long Centi(decimal value) => (long)Math.Round(value * 100, MidpointRounding.AwayFromZero);

    public bool IsProfessional { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>Year × 100 + month of <see cref="Date"/>, for monthly trends without date functions.</summary>
    public int Month { get; set; }

    public string SourceModule { get; init; } = "";

    public string SourceId { get; init; } = "";

    public string Description { get; set; } = "";

    public string? Link { get; set; }

    /// <summary>The clients served, comma-separated ids.</summary>
    public string? ClientIds { get; set; }

    public DateTime CreatedAt { get; init; }

    public bool IsRetracted { get; set; }

    public DateTime? RetractedAt { get; set; }

    public string? RetractReason { get; set; }

    public bool IsDemo { get; init; }
}

/// <summary>
/// A retraction that arrived before its credit (the credit's delivery was being retried while the record was
/// withdrawn). The credit, when it comes, is entered already retracted and this is removed: outbox deliveries
/// may overtake each other, and a withdrawn record must never count.
/// </summary>
internal sealed class EarlyRetraction
{
    public long Id { get; private set; }

    public string SourceModule { get; init; } = "";

    public string SourceId { get; init; } = "";

    public string Reason { get; init; } = "";

    public DateTime At { get; init; }
}

/// <summary>A credit the ledger refused (unknown indicator, outside the project), kept so that the lead sees and fixes it.</summary>
internal sealed class RefusedCredit
{
    public long Id { get; private set; }

    public string SourceModule { get; init; } = "";

    public string SourceId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public string IndicatorCode { get; init; } = "";

    public DateOnly Date { get; init; }

    public string Reason { get; init; } = "";

    public DateTime At { get; init; }
}

/// <summary>
/// The entries of a month summed per station, worker, indicator and professional flag, kept in the same
/// transaction as every credit and retraction: a year's summary over ten million entries reads a few hundred
/// thousand of these instead.
/// </summary>
internal sealed class MonthlyTotal
{
    public int ProjectId { get; init; }

    public string StationId { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public string IndicatorCode { get; init; } = "";

    public bool IsProfessional { get; init; }

    public int Month { get; init; }

    public long QuantityCenti { get; set; }

    public long HoursCenti { get; set; }
}
