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
public sealed record ComplianceRow(
    string WorkerId,
    string Name,
    string StationId,
    string StationName,
    DateOnly? HiredOn,
    CertificateLevel Certificate,
    string? CertificateNumber,
    CertificateStanding CertificateStanding,
    DateOnly? CertificateDeadline,
    int? DaysToDeadline,
    string? NotEligibleReason,
    decimal SupervisionThisMonth,
    decimal SupervisionShortThisMonth,
    IReadOnlyList<int> MonthsShortOfSupervision,
    decimal SupervisionThisYear,
    decimal TrainingThisYear,
    decimal TrainingExpectedByNow,
    decimal TrainingBehind)
{
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
        return new ComplianceRow(
            workerId,
            name,
            stationId,
            stationName,
            hired,
            certificate,
            profile?.CertificateNumber,
            standing,
            deadline,
            daysLeft,
            profile?.NotEligibleReason,
            thisMonth,
            Math.Max(0, ComplianceRules.SupervisionHoursPerMonth - thisMonth),
            shortMonths,
            supervision.Sum(s => s.Hours),
            trainingHours,
            expected,
            Math.Max(0, expected - trainingHours));
    }
}
