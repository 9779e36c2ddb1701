using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts.Auditing;

namespace Platform.Contracts.Ledger;

/// <summary>
/// Credits a piece of service to the hour ledger. The standard hours come from the ledger's indicator
/// catalogue, never from the sender. <see cref="SourceModule"/> and <see cref="SourceId"/> identify the
/// record that earned it: the same pair twice is credited once. Send it through the sending module's outbox
/// (<c>db.Enqueue</c>) in the transaction that completes the record, so the credit is neither lost nor doubled,
/// and waits for the ledger when the ledger module is not installed yet.
/// </summary>
[Requires(Access.System)]
public sealed record RecordServiceHours(
    string SourceModule,
    string SourceId,
    string StationId,
    string WorkerId,
    string IndicatorCode,
    decimal Quantity,
    DateOnly Date,
    IReadOnlyList<string> ClientIds,
    string Description,
    string? Link = null) : IRequest, IAudited
{
    string IAudited.AuditAction => "记入服务时长";

    string? IAudited.AuditTarget => $"{SourceModule}:{SourceId}";

    // The sender's own words for the piece of service, not the indicator's code; the audit page shows the station and worker by name.
    string? IAudited.AuditDetail => $"{Description} × {Quantity:0.##}，{Date:yyyy-MM-dd}，站点 {StationId}，社工 {WorkerId}";
}

/// <summary>Withdraws the credit of a record that was deleted or found wrong; a retraction of nothing is not an error.</summary>
[Requires(Access.System)]
public sealed record RetractServiceHours(string SourceModule, string SourceId, string Reason) : IRequest, IAudited
{
    string IAudited.AuditAction => "撤回服务时长";

    string? IAudited.AuditTarget => $"{SourceModule}:{SourceId}";

    string? IAudited.AuditDetail => Reason;
}

/// <summary>The indicator codes of the tender table (4.4) that modules credit; the ledger's catalogue holds their hours.</summary>
public static class Indicators
{
    /// <summary>入户探访/入户评估 (a home visit, 2 h a person visited).</summary>
    public const string Outreach = "OUTREACH";

    /// <summary>电话探访 (a phone visit, 1 h a person), reported under the same row as home visits.</summary>
    public const string OutreachPhone = "OUTREACH_PHONE";

    /// <summary>外展服务（困境儿童关爱保护）: a key child's monthly care visit.</summary>
    public const string ChildCare = "CHILD_CARE";

    /// <summary>建档: a complete archive, 4 h per person.</summary>
    public const string Archive = "ARCHIVE";

    /// <summary>个案工作: a closed and evaluated case.</summary>
    public const string Casework = "CASEWORK";

    /// <summary>小组工作: a group and its qualifying sessions.</summary>
    public const string Groupwork = "GROUPWORK";

    /// <summary>社区活动, medium or small (40 h).</summary>
    public const string Community = "COMMUNITY";

    /// <summary>大型社区活动 (60 h).</summary>
    public const string CommunityLarge = "COMMUNITY_LARGE";

    /// <summary>讲座、培训 (20 h).</summary>
    public const string CommunityLecture = "COMMUNITY_LECTURE";

    /// <summary>督导 received by a worker.</summary>
    public const string Supervision = "SUPERVISION";

    /// <summary>培训 (continuing education) of a worker.</summary>
    public const string Training = "TRAINING";

    /// <summary>链接志愿服务.</summary>
    public const string Volunteer = "VOLUNTEER";

    /// <summary>协助镇街开展民政工作: service time that is not professional social work.</summary>
    public const string Assistance = "ASSIST";
}
