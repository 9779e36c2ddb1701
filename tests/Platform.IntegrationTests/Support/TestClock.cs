namespace Platform.IntegrationTests.Support;

/// <summary>
/// The platform's clock in a test: real time moved to a day the test chooses. It keeps running at real speed,
/// because the same clock drives the Quartz scheduler inside the host (a frozen clock would stop it firing);
/// timers and delays are the system's.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TestClock(DateTimeOffset now) => Set(now);

    /// <summary>Moves the clock so that it reads <paramref name="now"/> at this moment.</summary>
    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - System.GetUtcNow()).Ticks);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
}
