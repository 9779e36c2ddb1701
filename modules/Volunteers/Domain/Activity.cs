using Platform.Contracts;
using Platform.Modularity.Data;
using Platform.Modularity.Records;

namespace Platform.Modules.Volunteers.Domain;

/// <summary>An activity's life: open for sign-in until the linking worker closes it, which credits the hours.</summary>
public enum ActivityState
{
    /// <summary>进行中 (planned, running, or over but not closed).</summary>
    Open,
    /// <summary>已结束登记: hours credited.</summary>
    Closed,
}

/// <summary>
/// 志愿服务活动: organised by the station or a community social organisation, linked by one worker (who is credited
/// the volunteers' hours when closing it — 谁组织谁记录，谁记录谁证明).
/// </summary>
internal sealed class Activity : IOwnedRecord
{
    private Activity()
    {
    }

    public Activity(string stationId, string workerId, string workerName, string title)
    {
        StationId = stationId;
        WorkerId = workerId;
        WorkerName = workerName;
        Title = title;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string StationId { get; private set; } = "";

    /// <summary>The worker who links the activity and records it.</summary>
    public string WorkerId { get; private set; } = "";

    public string WorkerName { get; private set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The organisation that organised it, or null for the station itself.</summary>
    public string? OrganisationId { get; set; }

    public string? OrganisationName { get; set; }

    public string Place { get; set; } = "";

    public string Content { get; set; } = "";

    /// <summary>服务对象群体 (e.g. 辖区独居老人).</summary>
    public string? GroupServed { get; set; }

    /// <summary>Start and end (UTC).</summary>
    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public ActivityState State { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    /// <summary>Part of the QR code: a new one makes every code printed before it void.</summary>
    public string CodeNonce { get; private set; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The hours credited, and which credit of the activity holds them (a correction after closing starts the next).</summary>
    public decimal CreditedHours { get; private set; }

    public int CreditRevision { get; private set; }

    public bool IsDemo { get; set; }

    public DateOnly Day => LocalTime.DateOf(new DateTimeOffset(StartsAt, TimeSpan.Zero));

    public void RenewCode() => CodeNonce = Guid.NewGuid().ToString("N")[..12];

    public void EnsureOpen()
    {
        if (State == ActivityState.Closed)
        {
            throw new ConflictException("这次活动已经结束登记，不能再签到签退；时间有误请用“更正”并写明原因。");
        }
    }

    public void Close(DateTime at, decimal hours)
    {
        EnsureOpen();
        (State, ClosedAt, CreditedHours, CreditRevision) = (ActivityState.Closed, at, hours, 1);
    }

    /// <summary>After a correction of a closed activity: the credit to take back, and the next one's revision.</summary>
    public int Recredit(decimal hours)
    {
        var previous = CreditRevision;
        (CreditedHours, CreditRevision) = (hours, CreditRevision + 1);
        return previous;
    }
}

/// <summary>How a sign-in or sign-out was made.</summary>
public enum AttendanceSource
{
    /// <summary>扫码: the volunteer on their phone.</summary>
    Scan,
    /// <summary>社工登记: ticked by the worker.</summary>
    Worker,
}

/// <summary>
/// One volunteer at one activity: when they signed in and out, the hours as served (rounded, capped), and any
/// correction with its reason. A station record of its own (not owned by the activity), so 200 people signing in at
/// once write 200 rows and never wait on one another's version of the activity.
/// </summary>
internal sealed class Attendance : IStationScoped
{
    private Attendance()
    {
    }

    public Attendance(string activityId, string stationId, string volunteerId, string volunteerName, DateTime signedInAt, AttendanceSource source)
    {
        ActivityId = activityId;
        StationId = stationId;
        VolunteerId = volunteerId;
        VolunteerName = volunteerName;
        SignedInAt = signedInAt;
        InSource = source;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ActivityId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string VolunteerId { get; private set; } = "";

    public string VolunteerName { get; private set; } = "";

    public DateTime SignedInAt { get; private set; }

    public DateTime? SignedOutAt { get; private set; }

    public AttendanceSource InSource { get; private set; }

    public AttendanceSource? OutSource { get; private set; }

    public decimal Hours { get; private set; }

    public string? CorrectionReason { get; private set; }

    public string? CorrectedBy { get; private set; }

    public DateTime? CorrectedAt { get; private set; }

    /// <summary>When the row went to the national system's import file, and in which export.</summary>
    public DateTime? ExportedAt { get; private set; }

    public string? ExportId { get; private set; }

    public bool IsOpen => SignedOutAt is null;

    public void SignOut(DateTime at, AttendanceSource source, VolunteerRules rules)
    {
        if (SignedOutAt is not null)
        {
            throw new ConflictException($"{VolunteerName}已经签退（{LocalTime.Of(new DateTimeOffset(SignedOutAt.Value, TimeSpan.Zero)):HH:mm}）。");
        }

        if (at < SignedInAt)
        {
            throw new BusinessRuleException("签退时间不能早于签到时间。", "signedOutAt");
        }

        (SignedOutAt, OutSource, Hours) = (at, source, rules.HoursFor(SignedInAt, at));
    }

    public void Correct(DateTime signedIn, DateTime? signedOut, string reason, string by, DateTime at, VolunteerRules rules)
    {
        if (signedOut is { } end && end < signedIn)
        {
            throw new BusinessRuleException("签退时间不能早于签到时间。", "signedOutAt");
        }

        (SignedInAt, SignedOutAt, CorrectionReason, CorrectedBy, CorrectedAt) = (signedIn, signedOut, reason, by, at);
        OutSource ??= signedOut is null ? null : AttendanceSource.Worker;
        Hours = signedOut is { } e2 ? rules.HoursFor(signedIn, e2) : 0;
    }

    public void MarkExported(string exportId, DateTime at) => (ExportId, ExportedAt) = (exportId, at);
}

/// <summary>One export for the national system: who made it, when, how many rows (the rows carry its id).</summary>
internal sealed class ServiceExport : IStationScoped
{
    private ServiceExport()
    {
    }

    public ServiceExport(string stationId, string by, DateTime at, int rows, string scope)
    {
        StationId = stationId;
        By = by;
        At = at;
        Rows = rows;
        Scope = scope;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string StationId { get; private set; } = "";

    public string By { get; private set; } = "";

    public DateTime At { get; private set; }

    public int Rows { get; private set; }

    public string Scope { get; private set; } = "";

    public void Counted(int rows) => Rows = rows;
}
