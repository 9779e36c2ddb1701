using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Domain;

/// <summary>How a visit was made: 入户探访/入户评估 at home, or 电话探访.</summary>
public enum VisitKind
{
    /// <summary>入户探访、入户评估 (2 h a person).</summary>
    Home,

    /// <summary>电话探访 (1 h a person).</summary>
    Phone,
}

/// <summary>
/// An outreach visit (外展服务): one or several clients of one household visited at a moment by a worker and the
/// colleagues who went along, what was seen and discussed, the needs found and the follow-up wanted. It counts
/// once per person visited; a withdrawn visit counts nothing and is kept for the audit.
/// </summary>
internal sealed class Visit : IWorkerRecord
{
    private readonly List<VisitClient> _clients = [];
    private readonly List<VisitNeed> _needs = [];
    private readonly List<Attachment> _photos = [];

    /// <summary>The most photos a visit keeps.</summary>
    public const int MostPhotos = 9;

    public static string TooManyPhotos(int already) => $"一次探访最多保存 {MostPhotos} 张照片（已有 {already} 张）。";

    private Visit()
    {
    }

    public Visit(string stationId, string workerId, VisitKind kind, DateTime visitedAt, string content, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        WorkerId = workerId;
        Kind = kind;
        VisitedAt = visitedAt;
        Content = content;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    /// <summary>The worker who recorded it and to whom it counts.</summary>
    public string WorkerId { get; private set; } = "";

    public VisitKind Kind { get; private set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTime VisitedAt { get; private set; }

    /// <summary>When it happened, in China time.</summary>
    public DateTimeOffset LocalVisitedAt => LocalTime.Of(new DateTimeOffset(VisitedAt, TimeSpan.Zero));

    /// <summary>The local day it happened, which the ledger counts it on.</summary>
    public DateOnly Date => DateOnly.FromDateTime(LocalVisitedAt.DateTime);

    public string Content { get; private set; } = "";

    public string? Place { get; set; }

    /// <summary>Colleagues who went along (worker ids of the same station).</summary>
    public List<string> CompanionIds { get; set; } = [];

    public DateOnly? FollowUpOn { get; private set; }

    public string? FollowUpNote { get; private set; }

    public IReadOnlyList<VisitClient> Clients => _clients;

    public IReadOnlyList<VisitNeed> Needs => _needs;

    public IReadOnlyList<Attachment> Photos => _photos;

    public DateTime CreatedAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawReason { get; private set; }

    public string KindName => Kind == VisitKind.Home ? "入户探访" : "电话探访";

    /// <summary>The ledger indicator a person visited counts under.</summary>
    public string Indicator => Kind == VisitKind.Home ? Platform.Contracts.Ledger.Indicators.Outreach : Platform.Contracts.Ledger.Indicators.OutreachPhone;

    public void AddClient(string clientId, string name) => _clients.Add(new VisitClient { ClientId = clientId, Name = name });

    public void AddNeed(string clientId, string kind, string description, NeedPriority priority) =>
        _needs.Add(new VisitNeed { ClientId = clientId, Kind = kind, Description = description, Priority = priority });

    public void AddPhotos(IReadOnlyCollection<Attachment> photos)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这条探访记录已经撤回，不能再添加照片。");
        }

        if (_photos.Count + photos.Count > MostPhotos)
        {
            throw new BusinessRuleException(TooManyPhotos(_photos.Count), "photos");
        }

        _photos.AddRange(photos);
    }

    public void WantFollowUp(DateOnly on, string? note)
    {
        if (on < Date)
        {
            throw new BusinessRuleException("跟进日期不能早于探访日期。", "followUpOn");
        }

        FollowUpOn = on;
        FollowUpNote = note;
    }

    public void Withdraw(string reason, DateTime at)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这条探访记录已经撤回。");
        }

        IsWithdrawn = true;
        WithdrawnAt = at;
        WithdrawReason = reason;
    }
}

/// <summary>A person visited, with the name as it was when visited.</summary>
internal sealed class VisitClient
{
    public long Id { get; private set; }

    public string ClientId { get; init; } = "";

    public string Name { get; init; } = "";
}

/// <summary>A need found on the visit; it is also added to the client's archive through the registry contract.</summary>
internal sealed class VisitNeed
{
    public long Id { get; private set; }

    public string ClientId { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Description { get; init; } = "";

    public NeedPriority Priority { get; init; }
}
