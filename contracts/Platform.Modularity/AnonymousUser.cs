using Platform.Contracts.Identity;

namespace Platform.Modularity;

/// <summary>Nobody: no station, no role. What a context sees when no caller was bound to it.</summary>
public sealed class AnonymousUser : ICurrentUser
{
    /// <summary>The one instance.</summary>
    public static readonly AnonymousUser Instance = new();

    private AnonymousUser()
    {
    }

    /// <inheritdoc />
    public bool IsAuthenticated => false;

    /// <inheritdoc />
    public string? UserId => null;

    /// <inheritdoc />
    public string? UserName => null;

    /// <inheritdoc />
    public string? DisplayName => null;

    /// <inheritdoc />
    public string? StationId => null;

    /// <inheritdoc />
    public IReadOnlyCollection<string> Roles => [];

    /// <inheritdoc />
    public bool IsSystem => false;
}
