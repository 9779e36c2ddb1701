using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.Resources.Domain;

/// <summary>Where a need offered by another module stands.</summary>
public enum OfferedNeedState
{
    /// <summary>待链接: no resource yet.</summary>
    Waiting,

    /// <summary>已转介: a referral was made for it.</summary>
    Referred,

    /// <summary>The record that found it was withdrawn.</summary>
    Withdrawn,

    /// <summary>无需转介: a worker of its station (or the lead) decided it needs no resource, with the reason.</summary>
    Dismissed,
}

/// <summary>
/// A need another module found and offered for referral (<c>OfferNeedForReferral</c>): the 待链接需求 list of a
/// station, from which a worker makes a referral. Named by its source (module, record, part), kept once.
/// </summary>
internal sealed class OfferedNeed : IStationScoped
{
    private OfferedNeed()
    {
    }

    public OfferedNeed(string sourceModule, string sourceId, int part, string clientId, string clientName, string stationId, string kind, string description, DateTime recordedAt, DateTime receivedAt)
    {
        SourceModule = sourceModule;
        SourceId = sourceId;
        Part = part;
        ClientId = clientId;
        ClientName = clientName;
        StationId = stationId;
        Kind = kind;
        Description = description;
        RecordedAt = recordedAt;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }

    public string SourceModule { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public int Part { get; private set; }

    public string ClientId { get; private set; } = "";

    public string ClientName { get; set; } = "";

    /// <summary>The client's station; follows the client while the need waits or its referral is open.</summary>
    public string StationId { get; private set; } = "";

    /// <summary>A <c>NeedKinds</c> code.</summary>
    public string Kind { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>When the source found it (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    /// <summary>The worker who found it.</summary>
    public string? WorkerId { get; set; }

    /// <summary>The page of the record that found it.</summary>
    public string? Link { get; set; }

    public OfferedNeedState State { get; set; }

    public string? ReferralId { get; set; }

    /// <summary>Why it needs no referral (无需转介的原因).</summary>
    public string? DismissedReason { get; private set; }

    public string? DismissedBy { get; private set; }

    public DateTime? DismissedAt { get; private set; }

    public bool IsDemo { get; set; }

    /// <summary>
    /// Marks a waiting need 无需转介 with the reason: it leaves the 待链接 list. A need referred, withdrawn or already
    /// dismissed meanwhile is a conflict (409) in Chinese.
    /// </summary>
    public void Dismiss(string reason, string by, DateTime at)
    {
        if (State != OfferedNeedState.Waiting)
        {
            throw new ConflictException(State switch
            {
                OfferedNeedState.Referred => "这项需求已经转介了，请在转介记录中跟进。",
                OfferedNeedState.Dismissed => "这项需求刚才已被标为“无需转介”。",
                _ => "发现这项需求的记录已撤回，需求已不在待链接列表中。",
            }, "id");
        }

        State = OfferedNeedState.Dismissed;
        DismissedReason = reason;
        DismissedBy = by;
        DismissedAt = at;
    }

    /// <summary>The client moved to another station (转站): the need goes with them.</summary>
    public void MoveTo(string stationId) => StationId = stationId;
}
