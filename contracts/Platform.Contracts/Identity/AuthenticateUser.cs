using MediatR;

namespace Platform.Contracts.Identity;

/// <summary>Checks a user name and password; an unknown name costs the same time and gets the same answer as a wrong password.</summary>
[Requires(Access.Anyone)]
public sealed record AuthenticateUser(string UserName, string Password) : IRequest<AuthenticationResult>;

/// <summary>The outcome of a log-in attempt.</summary>
public sealed record AuthenticationResult(AuthenticationOutcome Outcome, AuthenticatedUser? User)
{
    /// <summary>A failed attempt with the given outcome.</summary>
    public static AuthenticationResult Failed(AuthenticationOutcome outcome) => new(outcome, null);
}

/// <summary>Why a log-in attempt succeeded or failed.</summary>
public enum AuthenticationOutcome
{
    /// <summary>User name and password match an active account.</summary>
    Succeeded,
    /// <summary>No such user or a wrong password (not told apart, on purpose).</summary>
    InvalidCredentials,
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

/// <summary>
/// Whether a session issued earlier is still good: the account is active and its stamp unchanged, and, for an
/// API session (<paramref name="SessionId"/>), the session has not been ended.
/// </summary>
[Requires(Access.Anyone)]
public sealed record ValidateSession(string UserId, string SecurityStamp, string? SessionId = null) : IRequest<bool>;
