using Platform.Contracts;

namespace Platform.Modules.Staff.Domain;

/// <summary>A civil-affairs service station (民政服务站) of one town or street.</summary>
internal sealed class Station
{
    private Station()
    {
    }

    public Station(string code, string name, string town)
    {
        Id = Guid.NewGuid().ToString("N");
        Rename(code, name, town);
    }

    public string Id { get; private set; } = "";

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Town { get; private set; } = "";

    public bool IsActive { get; private set; } = true;

    public void Rename(string code, string name, string town)
    {
        Code = code.Trim().ToUpperInvariant();
        Name = name.Trim();
        Town = town.Trim();
        if (Code.Length == 0 || Name.Length == 0 || Town.Length == 0)
        {
            throw new BusinessRuleException("站点编码、名称和所属镇街都必须填写。");
        }
    }

    public void SetActive(bool active) => IsActive = active;
}
