namespace Platform.Host.Auth;

/// <summary>The settings under <c>Platform:Auth</c>.</summary>
internal sealed class PlatformAuthOptions
{
    public const string Section = "Platform:Auth";

    /// <summary>
    /// How long a refresh token may wait to be used. Each use issues the next one, so a client that refreshes at
    /// least every 14 days stays signed in until it signs out or the account changes; a lost phone's session dies
    /// within 14 days unused.
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How fast log-in may be tried.</summary>
    public LoginLimitOptions LoginLimits { get; set; } = new();
}
