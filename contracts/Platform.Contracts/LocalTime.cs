namespace Platform.Contracts;

/// <summary>
/// The platform's local time, China Standard Time (UTC+8, no daylight saving): the day a visit, a credit or a
/// registration belongs to is the day in China, whatever the server's time zone.
/// </summary>
public static class LocalTime
{
    /// <summary>UTC+8.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The moment in local time, for display.</summary>
    public static DateTimeOffset Of(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The local day of a moment.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>Today, locally.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The UTC moment a local day begins (for comparing with instants stored in UTC).</summary>
    public static DateTime StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).UtcDateTime;
}
