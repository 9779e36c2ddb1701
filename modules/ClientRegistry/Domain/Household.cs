using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.ClientRegistry.Domain;

/// <summary>
/// A household (家庭/户): people who live together, linked by their relation to the head. A member may be a
/// registered client or a named relative who is not served; a client belongs to at most one household.
/// </summary>
internal sealed class Household : IStationScoped
{
    /// <summary>The relations a member may have to the head of the household, as forms offer them.</summary>
    public static readonly IReadOnlyList<string> Relations = ["户主", "配偶", "子女", "父母", "祖父母/外祖父母", "孙子女/外孙子女", "兄弟姐妹", "儿媳/女婿", "其他亲属", "非亲属"];

    private readonly List<HouseholdMember> _members = [];

    private Household()
    {
    }

    public Household(string stationId, DateTime now)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        CreatedAt = now;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<HouseholdMember> Members => _members;

    public HouseholdMember Add(string? clientId, string name, string relation, string? notes)
    {
        if (!Relations.Contains(relation))
        {
            throw new BusinessRuleException("请从列表中选择与户主的关系。", "relation");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new BusinessRuleException("请填写家庭成员姓名。", "name");
        }

        if (relation == "户主" && _members.Any(m => m.Relation == "户主"))
        {
            throw new BusinessRuleException("这一户已有户主。", "relation");
        }

        if (clientId is not null && _members.Any(m => m.ClientId == clientId))
        {
            throw new BusinessRuleException("该服务对象已是这一户的成员。", "clientId");
        }

        var member = new HouseholdMember(clientId, name.Trim(), relation, string.IsNullOrWhiteSpace(notes) ? null : notes.Trim());
        _members.Add(member);
        return member;
    }

    public void Remove(long memberId)
    {
        var member = _members.FirstOrDefault(m => m.Id == memberId)
            ?? throw new NotFoundException("这一户没有该成员。");
        _members.Remove(member);
    }
}

/// <summary>A member of a household: a client (by id) or a named person who is not one.</summary>
internal sealed class HouseholdMember
{
    private HouseholdMember()
    {
    }

    public HouseholdMember(string? clientId, string name, string relation, string? notes)
    {
        ClientId = clientId;
        Name = name;
        Relation = relation;
        Notes = notes;
    }

    public long Id { get; private set; }

    public string? ClientId { get; private set; }

    public string Name { get; private set; } = "";

    public string Relation { get; private set; } = "";

    public string? Notes { get; private set; }
}

/// <summary>An entry on a client's timeline: something the registry or another module recorded for them.</summary>
internal sealed class TimelineEntry
{
    private TimelineEntry()
    {
    }

    public TimelineEntry(string clientId, string sourceModule, string sourceId, DateTime at, string title, string? summary, string? link)
    {
        ClientId = clientId;
        SourceModule = sourceModule;
        SourceId = sourceId;
        Set(at, title, summary, link);
    }

    public long Id { get; private set; }

    public string ClientId { get; private set; } = "";

    public string SourceModule { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public DateTime At { get; private set; }

    public string Title { get; private set; } = "";

    public string? Summary { get; private set; }

    public string? Link { get; private set; }

    public void Set(DateTime at, string title, string? summary, string? link)
    {
        At = at;
        Title = title.Length > 100 ? title[..99] + "…" : title;
        Summary = summary is { Length: > 500 } ? summary[..499] + "…" : summary;
        Link = link;
    }
}
