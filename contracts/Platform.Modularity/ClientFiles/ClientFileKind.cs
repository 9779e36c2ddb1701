using Platform.Contracts.Registry;

namespace Platform.Modularity.ClientFiles;

/// <summary>
/// Who may have a module's file: a client holding one of <paramref name="Categories"/>, and where given, aged at least
/// <paramref name="MinAge"/> or under <paramref name="UnderAge"/>. <paramref name="Title"/> names the file in messages (儿童档案).
/// </summary>
public sealed record ClientFileKind(string Title, IReadOnlyList<string> Categories, int? MinAge = null, int? UnderAge = null)
{
    /// <summary>The categories' Chinese names, joined.</summary>
    public string CategoryNames => string.Join("、", Categories.Select(ClientCategories.NameOf));

    /// <summary>Why the client may not have such a file on <paramref name="today"/>, or null when they may.</summary>
    public string? Refusal(ClientSummary client, DateOnly today)
    {
        if (!client.Categories.Any(Categories.Contains))
        {
            return $"{client.Name}没有{CategoryNames}类别，不能建立{Title}：请先在服务对象档案中登记类别。";
        }

        if (client.BirthDate is not { } birth)
        {
            return MinAge is null ? null : $"{client.Name}的档案没有出生日期，无法确认年龄：请先在服务对象档案中补充身份证号或出生日期。";
        }

        if (UnderAge is { } under && birth.AddYears(under) <= today)
        {
            return $"{client.Name}已年满 {under} 周岁，不再建立{Title}。";
        }

        if (MinAge is { } min && birth.AddYears(min) > today)
        {
            return $"{client.Name}未满 {min} 周岁，不能建立{Title}。";
        }

        return null;
    }

    /// <summary>Whether the categories the client now holds keep the file open.</summary>
    public bool Covers(IEnumerable<string> categories) => categories.Any(Categories.Contains);
}
