using MediatR;

namespace Platform.Contracts.Identity;

/// <summary>Checks a user name and password; counts failures towards lock-out.</summary>
[Requires(Access.Anyone)]
public sealed record AuthenticateUser(string UserName, string Password) : IRequest<AuthenticationResult>;

/// <summary>The outcome of a log-in attempt.</summary>
public sealed record AuthenticationResult(AuthenticationOutcome Outcome, AuthenticatedUser? User, DateTimeOffset? LockedUntil = null)
{
    /// <summary>A failed attempt with the given outcome.</summary>
    public static AuthenticationResult Failed(AuthenticationOutcome outcome, DateTimeOffset? lockedUntil = null) => new(outcome, null, lockedUntil);
}

/// <summary>Why a log-in attempt succeeded or failed.</summary>
public enum AuthenticationOutcome
{
    /// <summary>User name and password match an active account.</summary>
    Succeeded,
    /// <summary>No such user or a wrong password (not told apart, on purpose).</summary>
    InvalidCredentials,
    /// <summary>Too many failed attempts; the account is locked for a while.</summary>
    LockedOut,
    /// <summary>The administrator disabled the account.</summary>
    Disabled,
}

/// <summary>The identity a session or token is issued for.</summary>
public sealed record AuthenticatedUser(
    string UserId,
    string UserName,
    string DisplayName,
    string? StationId,
    IReadOnlyList<string> Roles,
    string SecurityStamp);

/// <summary>Whether a session issued earlier is still good: the account is active and its stamp unchanged.</summary>
[Requires(Access.Anyone)]
public sealed record ValidateSession(string UserId, string SecurityStamp) : IRequest<bool>;
