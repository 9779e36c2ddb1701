using Microsoft.EntityFrameworkCore;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>The standing of the certificate obligation.</summary>
public enum CertificateStanding
{
    /// <summary>持证.</summary>
    Held,

    /// <summary>No certificate, deadline more than 90 days away.</summary>
    Due,

    /// <summary>No certificate, deadline within 90 days.</summary>
    Soon,

    /// <summary>No certificate, deadline passed.</summary>
    Overdue,

    /// <summary>The hiring date is not recorded, so the deadline is unknown.</summary>
    Unknown,
}

/// <summary>One worker's standing, with how far behind they are on each obligation.</summary>
public sealed record ComplianceRow
{
    public required string WorkerId { get; init; }

    public required string Name { get; init; }

    public required string StationId { get; init; }

    public required string StationName { get; init; }

    public required DateOnly? HiredOn { get; init; }

    public required CertificateLevel Certificate { get; init; }

    public required string? CertificateNumber { get; init; }

    public required CertificateStanding CertificateStanding { get; init; }

    public required DateOnly? CertificateDeadline { get; init; }

    public required int? DaysToDeadline { get; init; }

    public required string? NotEligibleReason { get; init; }

    public required decimal SupervisionThisMonth { get; init; }

    public required decimal SupervisionShortThisMonth { get; init; }

    public required IReadOnlyList<int> MonthsShortOfSupervision { get; init; }

    public required decimal SupervisionThisYear { get; init; }

    public required decimal TrainingThisYear { get; init; }

    public required decimal TrainingExpectedByNow { get; init; }

    public required decimal TrainingBehind { get; init; }

    /// <summary>Behind on something: certificate overdue or due within 90 days, a past month short of supervision, or training behind pace.</summary>
    public bool IsBehind =>
        CertificateStanding is CertificateStanding.Overdue or CertificateStanding.Soon or CertificateStanding.Unknown
        || MonthsShortOfSupervision.Count > 0
        || TrainingBehind > 0;

    public string CertificateName => Certificate switch
    {
        CertificateLevel.Assistant => "助理社会工作师",
        CertificateLevel.Intermediate => "社会工作师",
        CertificateLevel.Senior => "高级社会工作师",
        _ => "未持证",
    };

    /// <summary>The certificate obligation in words: 持证, or the deadline and how far off or past it is.</summary>
    public string CertificateText => CertificateStanding switch
    {
        CertificateStanding.Held => CertificateName,
        CertificateStanding.Unknown => "未持证，未填写入职日期",
        CertificateStanding.Overdue => $"未持证，已逾期 {-DaysToDeadline} 天（应于 {CertificateDeadline:yyyy-MM-dd} 前取得）",
        _ => $"未持证，{CertificateDeadline:yyyy-MM-dd} 前须取得（还有 {DaysToDeadline} 天）",
    };

    internal static ComplianceRow Of(string workerId, string name, string stationId, string stationName, WorkerProfile? profile, IReadOnlyList<(DateOnly Date, decimal Hours)> supervision, decimal trainingHours, DateOnly day)
    {
        var certificate = profile?.Certificate ?? CertificateLevel.None;
        var deadline = profile?.CertificateDeadline;
        int? daysLeft = deadline is { } d ? d.DayNumber - day.DayNumber : null;
        var standing = certificate != CertificateLevel.None ? CertificateStanding.Held
            : daysLeft is not { } left ? CertificateStanding.Unknown
            : left < 0 ? CertificateStanding.Overdue
            : left <= ComplianceRules.CertificateWarnings[0] ? CertificateStanding.Soon
            : CertificateStanding.Due;

        // Supervision is owed for each month from the month of hiring; a month counts as short once it is over.
        var hired = profile?.HiredOn;
        var firstMonth = hired is { } h && h.Year == day.Year ? h.Month : 1;
        var byMonth = supervision.GroupBy(s => s.Date.Month).ToDictionary(g => g.Key, g => g.Sum(s => s.Hours));
        var thisMonth = byMonth.GetValueOrDefault(day.Month);
        var shortMonths = Enumerable.Range(firstMonth, Math.Max(0, day.Month - firstMonth))
            .Where(m => byMonth.GetValueOrDefault(m) < ComplianceRules.SupervisionHoursPerMonth)
            .ToList();
        if (hired is { } hiredOn && hiredOn.Year > day.Year)
        {
            shortMonths.Clear();
        }

        // Training is owed pro rata over the part of the year the worker is employed.
        var yearStart = new DateOnly(day.Year, 1, 1);
        var yearEnd = new DateOnly(day.Year, 12, 31);
        var from = hired is { } hd && hd > yearStart ? hd : yearStart;
        var expected = day < from ? 0m : Math.Round(ComplianceRules.TrainingHoursPerYear * (day.DayNumber - from.DayNumber + 1) / (yearEnd.DayNumber - yearStart.DayNumber + 1), 1);
        return new ComplianceRow
        {
            WorkerId = workerId,
            Name = name,
            StationId = stationId,
            StationName = stationName,
            HiredOn = hired,
            Certificate = certificate,
            CertificateNumber = profile?.CertificateNumber,
            CertificateStanding = standing,
            CertificateDeadline = deadline,
            DaysToDeadline = daysLeft,
            NotEligibleReason = profile?.NotEligibleReason,
            SupervisionThisMonth = thisMonth,
            SupervisionShortThisMonth = Math.Max(0, ComplianceRules.SupervisionHoursPerMonth - thisMonth),
            MonthsShortOfSupervision = shortMonths,
            SupervisionThisYear = supervision.Sum(s => s.Hours),
            TrainingThisYear = trainingHours,
            TrainingExpectedByNow = expected,
            TrainingBehind = Math.Max(0, expected - trainingHours),
        };
    }
}
