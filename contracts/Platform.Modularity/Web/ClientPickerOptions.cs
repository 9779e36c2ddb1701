namespace Platform.Modularity.Web;

/// <summary>
/// What the shared client picker partial (<c>_ClientPicker</c>) needs from a form: its own element id, the element
/// that lists the form's clients (<paramref name="Target"/>, a CSS selector inside the posted form), the posted field
/// name, whether several may be chosen, the search text and the ids already chosen (kept across a search without
/// JavaScript).
/// </summary>
public sealed record ClientPickerOptions(string Id, string Target, string Field, bool Multiple, string? Query, IReadOnlyCollection<string> Chosen);
