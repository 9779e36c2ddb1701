using Platform.Contracts;
using Platform.Modularity.Records;

namespace Platform.Modules.Resources.Domain;

/// <summary>Where a referral stands: 已转介 → 已对接 → 已解决 / 未能解决.</summary>
public enum ReferralStatus
{
    /// <summary>已转介: the client was referred to the resource.</summary>
    Referred,

    /// <summary>已对接: the resource took the client on.</summary>
    Connected,

    /// <summary>已解决: the need was met.</summary>
    Resolved,

    /// <summary>未能解决 (with the reason).</summary>
    Unresolved,
}

/// <summary>
/// A referral (转介): a client's need taken to a resource of the directory, by a worker on a day, followed through
/// its statuses to an outcome, with a follow-up day that joins the worker's digest until it is closed.
/// </summary>
internal sealed class Referral : IOwnedRecord
{
    private Referral()
    {
    }

    public Referral(string stationId, string workerId, string clientId, string clientName, Resource resource, string needKind, string need, DateOnly referredOn, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        WorkerId = workerId;
        ClientId = clientId;
        ClientName = clientName;
        ResourceId = resource.Id;
        ResourceName = resource.Name;
        ResourceKind = resource.Kind;
        NeedKind = needKind;
        Need = need;
        ReferredOn = referredOn;
        CreatedAt = createdAt;
        ChangedAt = createdAt;
        Status = ReferralStatus.Referred;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    /// <summary>The worker who made it (转介人), or whom it was handed to when the client moved station while it was open.</summary>
    public string WorkerId { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string ClientName { get; private set; } = "";

    public string ResourceId { get; private set; } = "";

    /// <summary>The resource's name when referred (the directory entry may be renamed later).</summary>
    public string ResourceName { get; private set; } = "";

    public ResourceKind ResourceKind { get; private set; }

    /// <summary>The offered need it answers, when made from the 待链接 list.</summary>
    public long? NeedId { get; set; }

    /// <summary>Where the need was found (the source module's page), when made from an offered need.</summary>
    public string? NeedLink { get; set; }

    /// <summary>A <c>NeedKinds</c> code.</summary>
    public string NeedKind { get; private set; } = "";

    /// <summary>The need in words.</summary>
    public string Need { get; private set; } = "";

    public DateOnly ReferredOn { get; private set; }

    /// <summary>What was asked of the resource, how the client was introduced.</summary>
    public string? Note { get; set; }

    public ReferralStatus Status { get; private set; }

    public DateOnly? ConnectedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>What came of it (结果).</summary>
    public string? Outcome { get; private set; }

    /// <summary>Why it could not be met (未能解决的原因).</summary>
    public string? Reason { get; private set; }

    /// <summary>The day the worker means to check on it; in the digest from that day until the referral is closed.</summary>
    public DateOnly? FollowUpOn { get; private set; }

    /// <summary>Who made it and where, kept when it was handed to another station with its client (null: never handed over).</summary>
    public string? MadeBy { get; private set; }

    public string? MadeAtStationId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ChangedAt { get; private set; }

    public bool IsDemo { get; set; }

    public bool IsClosed => Status is ReferralStatus.Resolved or ReferralStatus.Unresolved;

    public void FollowUp(DateOnly? on) => FollowUpOn = on;

    /// <summary>
    /// The client moved to another station while the referral is open: the new station follows it up, its
    /// <paramref name="workerId"/> (empty when it has no worker yet: the lead then acts) takes the follow-ups.
    /// </summary>
    public void HandOver(string stationId, string workerId, DateTime at)
    {
        MadeBy ??= WorkerId;
        MadeAtStationId ??= StationId;
        StationId = stationId;
        WorkerId = workerId;
        ChangedAt = at;
    }

    /// <summary>The next statuses allowed from <paramref name="from"/>: in order, 未能解决 also before 对接 (a resource may refuse).</summary>
    public static IReadOnlyList<ReferralStatus> Next(ReferralStatus from) => from switch
    {
        ReferralStatus.Referred => [ReferralStatus.Connected, ReferralStatus.Unresolved],
        ReferralStatus.Connected => [ReferralStatus.Resolved, ReferralStatus.Unresolved],
        _ => [],
    };

    /// <summary>Moves the referral on; a step not allowed from where it stands is a conflict (409) in Chinese.</summary>
    public void MoveTo(ReferralStatus to, DateOnly on, string? outcome, string? reason, DateTime at)
    {
        if (!Next(Status).Contains(to))
        {
            throw new ConflictException(IsClosed
                ? $"这条转介已结束（{ReferralTerms.NameOf(Status)}），不能再改为“{ReferralTerms.NameOf(to)}”。"
                : $"转介须按“已转介 → 已对接 → 已解决”的顺序推进：现在是“{ReferralTerms.NameOf(Status)}”，不能直接改为“{ReferralTerms.NameOf(to)}”。", "status");
        }

        if (on < ReferredOn)
        {
            throw new BusinessRuleException("日期不能早于转介日期。", "on");
        }

        Status = to;
        ChangedAt = at;
        Outcome = outcome ?? Outcome;
        switch (to)
        {
            case ReferralStatus.Connected:
                ConnectedOn = on;
                break;
            case ReferralStatus.Resolved:
                ClosedOn = on;
                break;
            case ReferralStatus.Unresolved:
                ClosedOn = on;
                Reason = reason;
                break;
        }
    }
}
