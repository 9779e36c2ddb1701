using System.Threading.RateLimiting;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>
/// Limits the page that needs no account. Per address a large bucket (a whole venue may share one Wi-Fi address: 200
/// people in a minute must pass), and per address and name a small one, so the last four characters of one person cannot
/// be guessed by trying, nor the sheet flooded from one phone. The token in the QR code is the first gate: without it
/// nothing is written. Kept in each instance's memory, like the log-in limits.
/// </summary>
public sealed class ScanLimiter(VolunteerRules rules)
{
    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
    {
        TokenLimit = rules.ScanBurstPerAddress,
        TokensPerPeriod = Math.Max(1, rules.ScanBurstPerAddress / 60),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
    }));

    private readonly PartitionedRateLimiter<string> _perName = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
    {
        TokenLimit = 6,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(20),
        QueueLimit = 0,
    }));

    /// <summary>Whether this attempt may go on; false means 429 and "请稍后再试".</summary>
    public bool TryAcquire(string? address, string activityId, string? name)
    {
        using var first = _perAddress.AttemptAcquire(address ?? "?");
        if (!first.IsAcquired)
        {
            return false;
        }

        using var second = _perName.AttemptAcquire($"{address}\n{activityId}\n{name?.Trim()}");
        return second.IsAcquired;
    }

    public const string Refusal = "提交太频繁，请稍等一分钟再试；如仍不行，请找现场社工代为签到。";
}
