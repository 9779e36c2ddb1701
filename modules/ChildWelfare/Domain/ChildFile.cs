using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Data;

namespace Platform.Modules.ChildWelfare.Domain;

/// <summary>A parent's situation, as the 2019 opinion on children without de-facto care (民发〔2019〕62 号) names them.</summary>
public enum ParentSituation
{
    /// <summary>健在，能履行抚养义务.</summary>
    Present,

    /// <summary>死亡.</summary>
    Deceased,

    /// <summary>宣告失踪.</summary>
    DeclaredMissing,

    /// <summary>重残（一、二级残疾）.</summary>
    SevereDisability,

    /// <summary>重病.</summary>
    SeriousIllness,

    /// <summary>服刑在押.</summary>
    Imprisoned,

    /// <summary>强制隔离戒毒.</summary>
    CompulsoryRehab,

    /// <summary>被执行其他限制人身自由的措施.</summary>
    OtherRestriction,

    /// <summary>失联（连续 6 个月以上）.</summary>
    LostContact,
}

/// <summary>What the two parents' situations make of a child.</summary>
public enum CareStatus
{
    /// <summary>Cared for by at least one parent.</summary>
    ParentCare,

    /// <summary>孤儿: both parents dead or declared missing.</summary>
    Orphan,

    /// <summary>事实无人抚养儿童.</summary>
    DeFactoUnsupported,
}

/// <summary>The risk a worker judges a child to be at.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}

/// <summary>The rule of 民发〔2019〕62 号, computed from both parents' situations — never ticked by hand.</summary>
internal static class Guardianship
{
    private static bool Gone(ParentSituation s) => s is ParentSituation.Deceased or ParentSituation.DeclaredMissing;

    private static bool Unable(ParentSituation s) => s is ParentSituation.SevereDisability or ParentSituation.SeriousIllness or ParentSituation.Imprisoned
        or ParentSituation.CompulsoryRehab or ParentSituation.OtherRestriction or ParentSituation.LostContact;

    /// <summary>
    /// 孤儿 when both parents are dead or declared missing; 事实无人抚养 when both are unable to care (重残, 重病, 服刑在押,
    /// 强制隔离戒毒, 其他限制人身自由, 失联), or one is dead or declared missing and the other unable; otherwise in a parent's care.
    /// </summary>
    public static CareStatus StatusOf(ParentSituation father, ParentSituation mother) =>
        Gone(father) && Gone(mother) ? CareStatus.Orphan
        : (Unable(father) || Gone(father)) && (Unable(mother) || Gone(mother)) ? CareStatus.DeFactoUnsupported
        : CareStatus.ParentCare;

    public static string NameOf(ParentSituation s) => s switch
    {
        ParentSituation.Present => "健在",
        ParentSituation.Deceased => "死亡",
        ParentSituation.DeclaredMissing => "宣告失踪",
        ParentSituation.SevereDisability => "重残",
        ParentSituation.SeriousIllness => "重病",
        ParentSituation.Imprisoned => "服刑在押",
        ParentSituation.CompulsoryRehab => "强制隔离戒毒",
        ParentSituation.OtherRestriction => "被执行其他限制人身自由的措施",
        _ => "失联",
    };

    public static string NameOf(CareStatus s) => s switch
    {
        CareStatus.Orphan => "孤儿",
        CareStatus.DeFactoUnsupported => "事实无人抚养",
        _ => "父母照料",
    };

    public static string NameOf(RiskLevel r) => r switch { RiskLevel.High => "高", RiskLevel.Medium => "中", _ => "低" };
}

/// <summary>
/// A child's file (一人一档) for a registry client holding a child category: guardian and caregiver, both parents'
/// situations with their evidence, schooling, health, the village's 儿童主任, risk, and whether the child is one of
/// the project's key children (重点关爱对象) with a monthly care visit. Who the child is comes from the registry.
/// </summary>
internal sealed class ChildFile : ClientFile
{
    private ChildFile()
    {
    }

    public ChildFile(string clientId, string stationId, string name, string workerId, DateTime createdAt)
        : base(clientId, stationId, name, workerId)
    {
        CreatedAt = createdAt;
    }

    public string? GuardianName { get; set; }

    public string? GuardianRelation { get; set; }

    public string? GuardianPhone { get; set; }

    /// <summary>监护能力: whether and how well the guardian can care.</summary>
    public string? GuardianCapacity { get; set; }

    public string? CaregiverName { get; set; }

    public string? CaregiverRelation { get; set; }

    public string? CaregiverPhone { get; set; }

    public ParentSituation Father { get; set; }

    public string? FatherEvidence { get; set; }

    public DateOnly? FatherSince { get; set; }

    public ParentSituation Mother { get; set; }

    public string? MotherEvidence { get; set; }

    public DateOnly? MotherSince { get; set; }

    public string? Schooling { get; set; }

    public string? Health { get; set; }

    public string? Disability { get; set; }

    /// <summary>The village's 儿童主任 (name and phone).</summary>
    public string? ChildDirector { get; set; }

    public RiskLevel Risk { get; set; }

    public string? RiskReasons { get; set; }

    public bool IsKeyChild { get; private set; }

    public DateOnly? KeySince { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsDemo { get; init; }

    public CareStatus Status => Guardianship.StatusOf(Father, Mother);

    public void MarkKey(bool key, DateOnly today)
    {
        if (key && !IsKeyChild)
        {
            KeySince = today;
        }

        IsKeyChild = key;
        if (!key)
        {
            KeySince = null;
        }
    }

    /// <summary>A parent's situation other than 健在 needs its evidence and since when.</summary>
    public void CheckParents()
    {
        if (Father != ParentSituation.Present && (string.IsNullOrWhiteSpace(FatherEvidence) || FatherSince is null))
        {
            throw new BusinessRuleException($"父亲“{Guardianship.NameOf(Father)}”须写明证明材料和起始日期。", "fatherEvidence");
        }

        if (Mother != ParentSituation.Present && (string.IsNullOrWhiteSpace(MotherEvidence) || MotherSince is null))
        {
            throw new BusinessRuleException($"母亲“{Guardianship.NameOf(Mother)}”须写明证明材料和起始日期。", "motherEvidence");
        }
    }
}

/// <summary>How a child was contacted.</summary>
public enum ChildVisitKind
{
    /// <summary>入户探视.</summary>
    Home,

    /// <summary>电话关爱.</summary>
    Phone,
}

/// <summary>To whom a child in danger was reported (未成年人保护法第十一条).</summary>
[Flags]
internal enum ReportedTo
{
    None = 0,
    Police = 1,
    CivilAffairs = 2,
    School = 4,
}

/// <summary>
/// A care visit (关爱探视) to a child: living conditions, guardianship, schooling, health, safety and needs. A visit that
/// finds the child harmed or in danger carries the mandatory report (to whom, when, reference). A home visit is the
/// monthly visit of a key child and, the first of the month, credits CHILD_CARE.
/// </summary>
internal sealed class CareVisit : Platform.Modularity.Records.IOwnedRecord, IClientRecord
{
    /// <summary>The most photos one visit keeps.</summary>
    public const int MostPhotos = 9;

    private readonly List<CareVisitPhoto> _photos = [];

    private CareVisit()
    {
    }

    public CareVisit(string clientId, string stationId, string workerId, ChildVisitKind kind, DateTime visitedAt, string content, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        Kind = kind;
        VisitedAt = visitedAt;
        Content = content;
        CreatedAt = createdAt;
        var day = LocalTime.DateOf(new DateTimeOffset(visitedAt, TimeSpan.Zero));
        Month = (day.Year * 100) + day.Month;
    }

    public string Id { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public ChildVisitKind Kind { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime VisitedAt { get; private set; }

    /// <summary>yyyyMM of the local day: the month the visit counts for.</summary>
    public int Month { get; private set; }

    public string Content { get; private set; } = "";

    public string? LivingConditions { get; set; }

    public string? Guardianship { get; set; }

    public string? Schooling { get; set; }

    public string? Health { get; set; }

    public string? Safety { get; set; }

    public string? Needs { get; set; }

    /// <summary>The <see cref="Platform.Contracts.Registry.NeedKinds"/> code of <see cref="Needs"/>; null without needs (and on visits recorded before kinds were kept).</summary>
    public string? NeedKind { get; set; }

    public bool ChildInDanger { get; set; }

    public ReportedTo ReportedTo { get; set; }

    public DateTime? ReportedAt { get; set; }

    public string? ReportReference { get; set; }

    /// <summary>Whether this visit earned the month's CHILD_CARE credit.</summary>
    public bool Credited { get; set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public DateOnly Date => LocalTime.DateOf(new DateTimeOffset(VisitedAt, TimeSpan.Zero));

    public IReadOnlyList<CareVisitPhoto> Photos => _photos;

    public void AddPhotos(IEnumerable<Platform.Modularity.Files.StoredUpload> photos)
    {
        foreach (var photo in photos)
        {
            if (_photos.Count >= MostPhotos)
            {
                throw new BusinessRuleException($"一次探视最多保存 {MostPhotos} 张照片。", "photos");
            }

            _photos.Add(new CareVisitPhoto { Key = photo.Key, ViewKey = photo.ViewKey, FileName = photo.FileName, ContentType = photo.ContentType });
        }
    }

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new ConflictException("这次探视已经撤回。");
        }

        IsWithdrawn = true;
        WithdrawReason = reason;
    }
}

/// <summary>A photo taken on a care visit, kept by the upload store.</summary>
internal sealed class CareVisitPhoto
{
    public long Id { get; private set; }

    public string Key { get; init; } = "";

    public string ViewKey { get; init; } = "";

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";
}
