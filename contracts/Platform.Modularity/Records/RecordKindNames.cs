namespace Platform.Modularity.Records;

/// <summary>
/// The words for every module's record kinds (<see cref="IModule.RecordKinds"/>), so a page that lists other modules'
/// records by their keys (<c>socialwork:visit:42</c>) can say what they are. Every installed module's kinds, switched
/// off or not: an entry written while a module was on still reads in words after it is switched off.
/// </summary>
public sealed class RecordKindNames(IReadOnlyDictionary<string, string> titles)
{
    /// <summary>The word for a record key's kind (<c>module:kind:…</c>), or null when no module declares it.</summary>
    public string? Of(string key)
    {
        var parts = key.Split(':');
        return parts.Length >= 2 && titles.TryGetValue($"{parts[0]}:{parts[1]}", out var title) ? title : null;
    }
}
