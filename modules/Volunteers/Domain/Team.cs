using Platform.Modularity.Data;

namespace Platform.Modules.Volunteers.Domain;

/// <summary>志愿服务队 of a station, with its leader and members (volunteers).</summary>
internal sealed class Team : IStationScoped
{
    private readonly List<TeamMember> _members = [];

    private Team()
    {
    }

    public Team(string stationId, string name)
    {
        StationId = stationId;
        Name = name;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string StationId { get; private set; } = "";

    public string Name { get; set; } = "";

    public string? LeaderId { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<TeamMember> Members => _members;

    public void SetMembers(IEnumerable<string> volunteerIds)
    {
        _members.Clear();
        _members.AddRange(volunteerIds.Distinct().Select(id => new TeamMember(id)));
    }
}

/// <summary>A volunteer in a team (or an organisation).</summary>
internal sealed class TeamMember(string volunteerId)
{
    public int Id { get; private set; }

    public string VolunteerId { get; private set; } = volunteerId;
}

/// <summary>Where a community social organisation is in its cultivation.</summary>
public enum CultivationStage
{
    /// <summary>孵化.</summary>
    Incubating,
    /// <summary>培育.</summary>
    Cultivating,
    /// <summary>备案 (with the town or street).</summary>
    Filed,
    /// <summary>登记 (registered with civil affairs; has a 统一社会信用代码).</summary>
    Registered,
}

/// <summary>What a station gave an organisation.</summary>
public enum SupportKind
{
    /// <summary>培训.</summary>
    Training,
    /// <summary>联合开展活动.</summary>
    CoOrganised,
    /// <summary>链接资源.</summary>
    Resources,
}

/// <summary>社区社会组织 a station cultivates (tender: 培育发展社区社会组织).</summary>
internal sealed class Organisation : IStationScoped
{
    private readonly List<OrganisationMember> _members = [];
    private readonly List<OrganisationSupport> _supports = [];
    private readonly List<OrganisationStage> _stages = [];

    private Organisation()
    {
    }

    public Organisation(string stationId, string name)
    {
        StationId = stationId;
        Name = name;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string StationId { get; private set; } = "";

    public string Name { get; set; } = "";

    /// <summary>类型 (公益慈善类、生活服务类、文体活动类 …), free text.</summary>
    public string Kind { get; set; } = "";

    public string? Contact { get; set; }

    public string? Uscc { get; set; }

    public CultivationStage Stage { get; private set; }

    public DateOnly StageSince { get; private set; }

    public IReadOnlyList<OrganisationMember> Members => _members;

    public IReadOnlyList<OrganisationSupport> Supports => _supports;

    public IReadOnlyList<OrganisationStage> Stages => _stages;

    public void MoveTo(CultivationStage stage, DateOnly since)
    {
        if (_stages.Count > 0 && Stage == stage)
        {
            return;
        }

        (Stage, StageSince) = (stage, since);
        _stages.Add(new OrganisationStage(stage, since));
    }

    public void SetMembers(IEnumerable<string> volunteerIds)
    {
        _members.Clear();
        _members.AddRange(volunteerIds.Distinct().Select(id => new OrganisationMember(id)));
    }

    public void AddSupport(DateOnly on, SupportKind kind, string text) => _supports.Add(new OrganisationSupport(on, kind, text));
}

internal sealed class OrganisationMember(string volunteerId)
{
    public int Id { get; private set; }

    public string VolunteerId { get; private set; } = volunteerId;
}

internal sealed class OrganisationSupport(DateOnly on, SupportKind kind, string text)
{
    public int Id { get; private set; }

    public DateOnly On { get; private set; } = on;

    public SupportKind Kind { get; private set; } = kind;

    public string Text { get; private set; } = text;
}

internal sealed class OrganisationStage(CultivationStage stage, DateOnly since)
{
    public int Id { get; private set; }

    public CultivationStage Stage { get; private set; } = stage;

    public DateOnly Since { get; private set; } = since;
}

/// <summary>The Chinese words for the module's values.</summary>
internal static class Terms
{
    public static string NameOf(CultivationStage stage) => stage switch
    {
        CultivationStage.Incubating => "孵化",
        CultivationStage.Cultivating => "培育",
        CultivationStage.Filed => "备案",
        _ => "登记",
    };

    public static string NameOf(SupportKind kind) => kind switch
    {
        SupportKind.Training => "培训",
        SupportKind.CoOrganised => "联合开展活动",
        _ => "链接资源",
    };
}
