using Platform.Modularity.Data;

namespace Platform.Modules.Resources.Domain;

/// <summary>What kind of help a resource is (资源类型).</summary>
public enum ResourceKind
{
    /// <summary>政策: a benefit or programme one applies for.</summary>
    Policy,

    /// <summary>慈善组织.</summary>
    Charity,

    /// <summary>社区社会组织.</summary>
    CommunityOrganisation,

    /// <summary>志愿服务队.</summary>
    VolunteerTeam,

    /// <summary>企业.</summary>
    Enterprise,

    /// <summary>公共服务: a hospital, a school, a legal-aid office ….</summary>
    PublicService,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>
/// One entry of the directory of resources (资源目录): who offers what help, to whom, on what conditions, and whom to
/// call. A station's entry (<see cref="StationId"/> the station) is kept by its workers and seen by them; a district
/// entry (<see cref="District"/>) is kept by the project lead or the administrator and seen by every station.
/// </summary>
internal sealed class Resource : IStationScoped
{
    /// <summary>The <see cref="StationId"/> of a district-wide entry: every station reads it, only those who see every station change it.</summary>
    public const string District = "district";

    private Resource()
    {
    }

    public Resource(string stationId, ResourceKind kind, string name, string createdBy, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        Kind = kind;
        Name = name;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        IsActive = true;
    }

    public string Id { get; private set; } = "";

    /// <summary>The station whose entry it is, or <see cref="District"/>.</summary>
    public string StationId { get; private set; } = "";

    public bool IsDistrict => StationId == District;

    public ResourceKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>What they offer (提供的帮助).</summary>
    public string Offers { get; set; } = "";

    /// <summary>To whom (服务对象).</summary>
    public string? ForWhom { get; set; }

    /// <summary>Conditions (条件、申请方式).</summary>
    public string? Conditions { get; set; }

    public string? ContactPerson { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>An inactive entry is kept (referrals name it) but offered no more.</summary>
    public bool IsActive { get; set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; set; }

    public bool IsDemo { get; set; }
}
