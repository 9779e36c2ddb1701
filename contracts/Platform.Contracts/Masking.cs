namespace Platform.Contracts;

/// <summary>How lists, exports and the audit log show personal numbers (PIPL: masking where the full value is not needed).</summary>
public static class Masking
{
    /// <summary>An ID number with its first six and last four characters shown (e.g. <c>360102********1234</c>); null stays null.</summary>
    public static string? IdNumber(string? value) => value switch
    {
        null => null,
        { Length: <= 10 } => new string('*', value.Length),
        _ => value[..6] + new string('*', value.Length - 10) + value[^4..],
    };

    /// <summary>A phone number with its first three and last four digits shown (e.g. <c>139****5678</c>); null stays null.</summary>
    public static string? Phone(string? value) => value switch
    {
        null => null,
        { Length: < 7 } => value,
        _ => value[..3] + new string('*', value.Length - 7) + value[^4..],
    };
}
