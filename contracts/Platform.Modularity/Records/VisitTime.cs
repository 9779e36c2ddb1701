using Platform.Contracts;

namespace Platform.Modularity.Records;

/// <summary>When a visit may be said to have happened: not in the future, and not longer ago than a module allows.</summary>
public static class VisitTime
{
    /// <summary>A phone's clock a few minutes ahead of the server's is not a visit in the future.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    /// <summary>A worker catching up after a busy stretch may enter a visit up to a year late, unless the module says otherwise.</summary>
    public const int DefaultLatestEntryDays = 366;

    /// <summary>Refuses (field <c>visitedAt</c>) a time in the future or older than <paramref name="latestEntryDays"/>; <paramref name="noun"/> names the visit in the message (探访, 探视).</summary>
    public static void Check(DateTimeOffset visitedAt, TimeProvider clock, string noun = "探访", int latestEntryDays = DefaultLatestEntryDays)
    {
        var now = clock.GetUtcNow();
        if (visitedAt > now + Skew)
        {
            throw new BusinessRuleException($"{noun}时间不能晚于现在。", "visitedAt");
        }

        if (visitedAt < now.AddDays(-latestEntryDays))
        {
            throw new BusinessRuleException(latestEntryDays == DefaultLatestEntryDays ? $"只能登记一年以内的{noun}。" : $"只能登记 {latestEntryDays} 天以内的{noun}。", "visitedAt");
        }
    }
}
