using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Records;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>What the home verification of a monitoring alert found (核查结论).</summary>
public enum VerificationResult
{
    /// <summary>情况属实.</summary>
    Confirmed,

    /// <summary>情况不符.</summary>
    NotAsAlerted,

    /// <summary>已纳入救助.</summary>
    AlreadyAssisted,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>
/// One import of the monitoring platform's alert list (低收入人口动态监测预警名单): who imported it, when, and what became of
/// its rows. Not a station's record: a lead imports the district's list, and its unmatched rows are the lead's to resolve.
/// </summary>
internal sealed class AlertImport
{
    private AlertImport()
    {
    }

    public AlertImport(string fileName, string importedBy, DateTime importedAt)
    {
        FileName = fileName;
        ImportedBy = importedBy;
        ImportedAt = importedAt;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string FileName { get; private set; } = "";

    public string ImportedBy { get; private set; } = "";

    public DateTime ImportedAt { get; private set; }

    public int Rows { get; set; }

    public int Matched { get; set; }

    public int Repeated { get; set; }

    public int Unmatched { get; set; }

    public int Rejected { get; set; }

    public bool IsDemo { get; init; }
}

/// <summary>An alert row whose ID number no registry client holds: kept for the lead with what the sheet said.</summary>
internal sealed class UnmatchedAlert
{
    private UnmatchedAlert()
    {
    }

    public UnmatchedAlert(string importId, int row, string idNumber, string? name, string alertType, DateOnly? alertedOn, string? detail)
    {
        ImportId = importId;
        Row = row;
        IdNumber = idNumber;
        Name = name;
        AlertType = alertType;
        AlertedOn = alertedOn;
        Detail = detail;
    }

    public long Id { get; private set; }

    public string ImportId { get; private set; } = "";

    public int Row { get; private set; }

    public string IdNumber { get; private set; } = "";

    public string? Name { get; private set; }

    public string AlertType { get; private set; } = "";

    public DateOnly? AlertedOn { get; private set; }

    public string? Detail { get; private set; }

    public bool IsDemo { get; init; }
}

/// <summary>
/// A home-verification task (核查任务) made from a matched alert row, for the client's station and its worker: due within
/// the rules' days, closed by a worker with the verification result after visiting the home — credited as a home visit.
/// </summary>
internal sealed class VerificationTask : IOwnedRecord, IClientRecord
{
    private VerificationTask()
    {
    }

    public VerificationTask(string importId, string clientId, string stationId, string workerId, string name, string alertType, DateOnly? alertedOn, string? detail, DateOnly dueOn, DateTime createdAt)
    {
        ImportId = importId;
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        Name = name;
        AlertType = alertType;
        AlertedOn = alertedOn;
        Detail = detail;
        DueOn = dueOn;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ImportId { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    /// <summary>The worker it is given to (the household's assistance worker, or the station's first worker).</summary>
    public string WorkerId { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>预警类型 as the monitoring platform wrote it (收入骤减, 医疗支出骤增…); with the client, what makes an alert "the same".</summary>
    public string AlertType { get; private set; } = "";

    public DateOnly? AlertedOn { get; private set; }

    public string? Detail { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? VisitedAt { get; private set; }

    public VerificationResult? Result { get; private set; }

    public string? ResultText { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    /// <summary>Bumped by every change: two closes at once, the second answers 409.</summary>
    public int Version { get; private set; }

    public bool IsDemo { get; init; }

    /// <summary>Closes the task with what the home visit found; a closed task is not closed again.</summary>
    public void Close(DateTime visitedAt, VerificationResult result, string text, string workerId, DateTime now)
    {
        if (ClosedAt is not null)
        {
            throw new ConflictException($"这项核查已于 {LocalTime.DateOf(new DateTimeOffset(ClosedAt.Value, TimeSpan.Zero)):yyyy-MM-dd} 办结。");
        }

        if (LocalTime.DateOf(new DateTimeOffset(visitedAt, TimeSpan.Zero)) < (AlertedOn ?? LocalTime.DateOf(new DateTimeOffset(CreatedAt, TimeSpan.Zero))))
        {
            throw new BusinessRuleException("入户核查时间不能早于预警日期。", "visitedAt");
        }

        (VisitedAt, Result, ResultText, ClosedBy, ClosedAt) = (visitedAt, result, text, workerId, now);
        Version++;
    }
}

/// <summary>The names of the verification results.</summary>
internal static class AlertTerms
{
    public static string NameOf(VerificationResult r) => r switch
    {
        VerificationResult.Confirmed => "情况属实",
        VerificationResult.NotAsAlerted => "情况不符",
        VerificationResult.AlreadyAssisted => "已纳入救助",
        _ => "其他",
    };

    public static readonly VerificationResult[] All = [VerificationResult.Confirmed, VerificationResult.NotAsAlerted, VerificationResult.AlreadyAssisted, VerificationResult.Other];
}
