using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Data;

namespace Platform.Modules.Elderly.Domain;

/// <summary>The situations that make an elder's difficulty special (2022 national guideline on visiting special-difficulty elders).</summary>
[Flags]
public enum ElderSituation
{
    None = 0,

    /// <summary>独居.</summary>
    LivingAlone = 1,

    /// <summary>空巢.</summary>
    EmptyNest = 2,

    /// <summary>留守.</summary>
    LeftBehind = 4,

    /// <summary>失能.</summary>
    Disabled = 8,

    /// <summary>重残.</summary>
    SevereDisability = 16,

    /// <summary>计划生育特殊家庭.</summary>
    FamilyPlanningSpecial = 32,

    /// <summary>高龄（80 岁以上）.</summary>
    Advanced = 64,
}

/// <summary>How far an elder manages one daily activity.</summary>
public enum SelfCare
{
    /// <summary>能自理.</summary>
    Able,

    /// <summary>部分依赖.</summary>
    Partly,

    /// <summary>完全依赖.</summary>
    Dependent,
}

/// <summary>The risk tier an elder is visited by.</summary>
public enum RiskTier
{
    /// <summary>一般.</summary>
    General,

    /// <summary>重点.</summary>
    Priority,

    /// <summary>高风险.</summary>
    High,
}

/// <summary>How often an elder is owed a visit, computed from the tier and self-care.</summary>
public enum VisitEvery
{
    Week,
    Month,
    Quarter,
}

/// <summary>The names and computations of the elder profile.</summary>
internal static class ElderTerms
{
    public static readonly (ElderSituation Flag, string Name)[] Situations =
    [
        (ElderSituation.LivingAlone, "独居"), (ElderSituation.EmptyNest, "空巢"), (ElderSituation.LeftBehind, "留守"), (ElderSituation.Disabled, "失能"),
        (ElderSituation.SevereDisability, "重残"), (ElderSituation.FamilyPlanningSpecial, "计生特殊家庭"), (ElderSituation.Advanced, "高龄"),
    ];

    public static readonly string[] Activities = ["进食", "穿衣", "上下床", "如厕", "室内行走", "洗澡"];

    public static string NameOf(ElderSituation s) => string.Join("、", Situations.Where(x => s.HasFlag(x.Flag)).Select(x => x.Name));

    public static string NameOf(SelfCare c) => c switch { SelfCare.Partly => "部分依赖", SelfCare.Dependent => "完全依赖", _ => "能自理" };

    public static string NameOf(RiskTier t) => t switch { RiskTier.High => "高风险", RiskTier.Priority => "重点", _ => "一般" };

    public static string NameOf(VisitEvery e) => e switch { VisitEvery.Week => "每周", VisitEvery.Month => "每月", _ => "每季度" };

    /// <summary>
    /// The six daily activities summed up (after the national elder-ability assessment, simplified): 能自理 when all are
    /// managed; 轻度失能 when some need help; 中度失能 with one or two wholly dependent; 重度失能 with three or more.
    /// </summary>
    public static string SelfCareLevel(IReadOnlyList<SelfCare> activities)
    {
        var dependent = activities.Count(a => a == SelfCare.Dependent);
        return dependent >= 3 ? "重度失能" : dependent > 0 ? "中度失能" : activities.Any(a => a == SelfCare.Partly) ? "轻度失能" : "能自理";
    }

    /// <summary>Whether the elder counts as 失能 for the visit rule: marked so, or wholly dependent in any daily activity.</summary>
    public static bool IsDisabled(ElderSituation situation, IReadOnlyList<SelfCare> activities) =>
        situation.HasFlag(ElderSituation.Disabled) || activities.Any(a => a == SelfCare.Dependent);
}

/// <summary>
/// An elder's profile (特殊困难老年人) for a registry client aged 60 or more holding the special-difficulty category: the
/// situations, self-care in six daily activities, emergency contacts, carer and risk tier — and from them how often the
/// elder is owed a visit. Who the elder is comes from the registry.
/// </summary>
internal sealed class ElderProfile : ClientFile
{
    private ElderProfile()
    {
    }

    public ElderProfile(string clientId, string stationId, string name, string workerId, DateOnly since, DateTime createdAt)
        : base(clientId, stationId, name, workerId)
    {
        Since = since;
        CreatedAt = createdAt;
    }

    public ElderSituation Situation { get; set; }

    public SelfCare Eating { get; set; }

    public SelfCare Dressing { get; set; }

    public SelfCare Transfer { get; set; }

    public SelfCare Toileting { get; set; }

    public SelfCare Walking { get; set; }

    public SelfCare Bathing { get; set; }

    public string? EmergencyContacts { get; set; }

    public string? Carer { get; set; }

    public RiskTier Tier { get; set; }

    /// <summary>Computed from the tier and self-care when saved, so the due list can ask the database.</summary>
    public VisitEvery Every { get; set; }

    /// <summary>The day the elder joined the visiting programme: a first visit is owed from then.</summary>
    public DateOnly Since { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsDemo { get; init; }

    public IReadOnlyList<SelfCare> Activities => [Eating, Dressing, Transfer, Toileting, Walking, Bathing];
}

/// <summary>How an elder was visited.</summary>
public enum ElderVisitKind
{
    /// <summary>入户.</summary>
    Home,

    /// <summary>电话.</summary>
    Phone,

    /// <summary>视频.</summary>
    Video,
}

/// <summary>
/// A care visit (探访关爱) to an elder: health, safety, living and needs. An urgent finding tells the leads at once. A home
/// visit credits OUTREACH (2 h), a phone or video one OUTREACH_PHONE (1 h).
/// </summary>
internal sealed class ElderVisit : Platform.Modularity.Records.IOwnedRecord, IClientRecord
{
    /// <summary>The most photos one visit keeps (as a child's care visit).</summary>
    public const int MostPhotos = 9;

    private readonly List<ElderVisitPhoto> _photos = [];

    private ElderVisit()
    {
    }

    public ElderVisit(string clientId, string stationId, string workerId, ElderVisitKind kind, DateTime visitedAt, string content, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        Kind = kind;
        VisitedAt = visitedAt;
        VisitedOn = LocalTime.DateOf(new DateTimeOffset(visitedAt, TimeSpan.Zero));
        Content = content;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public ElderVisitKind Kind { get; private set; }

    public DateTime VisitedAt { get; private set; }

    /// <summary>The local day of the visit.</summary>
    public DateOnly VisitedOn { get; private set; }

    public string Content { get; private set; } = "";

    public string? Health { get; set; }

    public string? Safety { get; set; }

    public string? Living { get; set; }

    public string? Needs { get; set; }

    /// <summary>The <see cref="Platform.Contracts.Registry.NeedKinds"/> code of <see cref="Needs"/>; null without needs (and on visits recorded before kinds were kept).</summary>
    public string? NeedKind { get; set; }

    public bool Urgent { get; set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public IReadOnlyList<ElderVisitPhoto> Photos => _photos;

    public void AddPhotos(IEnumerable<Platform.Modularity.Files.StoredUpload> photos)
    {
        foreach (var photo in photos)
        {
            if (_photos.Count >= MostPhotos)
            {
                throw new BusinessRuleException($"一次探访最多保存 {MostPhotos} 张照片。", "photos");
            }

            _photos.Add(new ElderVisitPhoto { Key = photo.Key, ViewKey = photo.ViewKey, FileName = photo.FileName, ContentType = photo.ContentType });
        }
    }

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new ConflictException("这次探访已经撤回。");
        }

        IsWithdrawn = true;
        WithdrawReason = reason;
    }
}

/// <summary>A photo taken on an elder's visit, kept by the upload store.</summary>
internal sealed class ElderVisitPhoto
{
    public long Id { get; private set; }

    public string Key { get; init; } = "";

    public string ViewKey { get; init; } = "";

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";
}
