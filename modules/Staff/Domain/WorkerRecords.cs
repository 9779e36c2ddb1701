using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.Staff.Domain;

/// <summary>The national social-work qualification (社会工作者职业资格) a worker holds.</summary>
public enum CertificateLevel
{
    /// <summary>None yet: due within a year of hiring.</summary>
    None,

    /// <summary>助理社会工作师.</summary>
    Assistant,

    /// <summary>社会工作师.</summary>
    Intermediate,

    /// <summary>高级社会工作师.</summary>
    Senior,
}

/// <summary>How a supervision session was held.</summary>
public enum SupervisionMode
{
    /// <summary>线下（面对面）.</summary>
    InPerson,

    /// <summary>线上.</summary>
    Online,
}

/// <summary>
/// A station worker's personnel record (人员档案): hiring, education and certificate. A worker without a certificate
/// must obtain one within <see cref="ComplianceRules.CertificateWithin"/> of hiring, else be replaced (tender).
/// </summary>
internal sealed class WorkerProfile
{
    private WorkerProfile()
    {
    }

    public WorkerProfile(string userId) => UserId = userId;

    public string UserId { get; private set; } = "";

    public DateOnly? HiredOn { get; private set; }

    public string? Education { get; private set; }

    public CertificateLevel Certificate { get; private set; }

    public string? CertificateNumber { get; private set; }

    public DateOnly? CertificateObtainedOn { get; private set; }

    /// <summary>Why the worker cannot sit the exam yet (e.g. not enough years of work), flagged to the lead.</summary>
    public string? NotEligibleReason { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Made by the demo seeder, which a production start refuses.</summary>
    public bool IsDemo { get; init; }

    /// <summary>The day the certificate is due: hiring + 1 year; null once held or while the hiring date is unknown.</summary>
    public DateOnly? CertificateDeadline => Certificate == CertificateLevel.None && HiredOn is { } hired ? hired.AddYears(1) : null;

    public void Update(DateOnly hiredOn, string? education, CertificateLevel certificate, string? number, DateOnly? obtainedOn, string? notEligibleReason, DateOnly today, DateTime now)
    {
        if (hiredOn > today)
        {
            throw new BusinessRuleException("入职日期不能晚于今天。", "hiredOn");
        }

        if (certificate == CertificateLevel.None)
        {
            number = null;
            obtainedOn = null;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(number))
            {
                throw new BusinessRuleException("请填写证书编号。", "certificateNumber");
            }

            if (obtainedOn is not { } obtained)
            {
                throw new BusinessRuleException("请填写取得证书的日期。", "certificateObtainedOn");
            }

            if (obtained > today)
            {
                throw new BusinessRuleException("取证日期不能晚于今天。", "certificateObtainedOn");
            }

            notEligibleReason = null;
        }

        HiredOn = hiredOn;
        Education = string.IsNullOrWhiteSpace(education) ? null : education.Trim();
        Certificate = certificate;
        CertificateNumber = number?.Trim();
        CertificateObtainedOn = obtainedOn;
        NotEligibleReason = string.IsNullOrWhiteSpace(notEligibleReason) ? null : notEligibleReason.Trim();
        UpdatedAt = now;
    }
}

/// <summary>A supervision session (督导) given to one or more workers, each of whom is credited its hours.</summary>
internal sealed class SupervisionSession
{
    private readonly List<SupervisionAttendee> _attendees = [];

    private SupervisionSession()
    {
    }

    public SupervisionSession(DateOnly date, decimal hours, SupervisionMode mode, string supervisor, string topic, string record, string recordedBy, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        Date = date;
        Hours = hours;
        Mode = mode;
        Supervisor = supervisor;
        Topic = topic;
        Record = record;
        RecordedBy = recordedBy;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public decimal Hours { get; private set; }

    public SupervisionMode Mode { get; private set; }

    public string Supervisor { get; private set; } = "";

    public string Topic { get; private set; } = "";

    public string Record { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public IReadOnlyList<SupervisionAttendee> Attendees => _attendees;

    public string ModeName => Mode == SupervisionMode.Online ? "线上" : "线下";

    public void Attend(string workerId, string stationId) => _attendees.Add(new SupervisionAttendee { WorkerId = workerId, StationId = stationId });

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new ConflictException("这次督导已经撤销。");
        }

        IsWithdrawn = true;
        WithdrawReason = reason;
    }
}

/// <summary>A worker present at a supervision session, with the station they worked at then (their hours count there).</summary>
internal sealed class SupervisionAttendee
{
    public long Id { get; private set; }

    public string WorkerId { get; init; } = "";

    public string StationId { get; init; } = "";
}

/// <summary>A course of continuing education (继续教育) a worker took, with its certificate when there is one.</summary>
internal sealed class TrainingRecord : IStationScoped
{
    private TrainingRecord()
    {
    }

    public TrainingRecord(string workerId, string stationId, string course, string organiser, DateOnly date, decimal hours, string recordedBy, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        WorkerId = workerId;
        StationId = stationId;
        Course = course;
        Organiser = organiser;
        Date = date;
        Hours = hours;
        RecordedBy = recordedBy;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string Course { get; private set; } = "";

    public string Organiser { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public decimal Hours { get; private set; }

    public string? CertificateKey { get; set; }

    public string? CertificateViewKey { get; set; }

    public string? CertificateFileName { get; set; }

    public string? CertificateContentType { get; set; }

    public string RecordedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new ConflictException("这条培训记录已经撤销。");
        }

        IsWithdrawn = true;
        WithdrawReason = reason;
    }
}

/// <summary>The tender's obligations on station workers, with their basis; reminders and the compliance page read them.</summary>
internal static class ComplianceRules
{
    /// <summary>招标文件：驻站社工须在入职一年内取得社会工作者职业资格证书，否则予以更换.</summary>
    public static readonly TimeSpan CertificateWithin = TimeSpan.FromDays(365);

    /// <summary>Days before the certificate deadline on which the worker and the lead are reminded.</summary>
    public static readonly int[] CertificateWarnings = [90, 30, 7];

    /// <summary>招标文件 4.4 第 7 项：每名社工每月接受督导不少于 2 小时.</summary>
    public const decimal SupervisionHoursPerMonth = 2;

    /// <summary>The day of the month on which a supervision shortfall is announced.</summary>
    public const int SupervisionCheckDay = 25;

    /// <summary>招标文件 4.4 第 8 项：每人每年继续教育不少于 60 学时.</summary>
    public const decimal TrainingHoursPerYear = 60;

    /// <summary>The longest supervision session or training day one record may hold.</summary>
    public const decimal MostSessionHours = 8;

    /// <summary>The most hours one training record (a course) may hold.</summary>
    public const decimal MostCourseHours = 120;
}
