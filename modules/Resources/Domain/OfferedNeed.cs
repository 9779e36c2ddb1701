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

    public bool IsDemo { get; set; }
}
