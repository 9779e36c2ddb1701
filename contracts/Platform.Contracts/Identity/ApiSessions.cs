using MediatR;

namespace Platform.Contracts.Identity;

/// <summary>
/// Starts an API session for an account that has just signed in: a session id for its access tokens and the
/// first refresh token of the session (returned once; only its hash is kept).
/// </summary>
[Requires(Access.Anyone)]
public sealed record StartApiSession(string UserId, string SecurityStamp, TimeSpan RefreshTokenLifetime) : IRequest<ApiSessionGrant>;

/// <summary>What a client keeps of its API session: the session id and a single-use refresh token.</summary>
public sealed record ApiSessionGrant(string SessionId, string RefreshToken);

/// <summary>
/// Trades a refresh token for the next one of its session. A token is good once: presenting one already used
/// ends the whole session, since either the client or a thief holds a copy.
/// </summary>
[Requires(Access.Anyone)]
public sealed record RefreshApiSession(string RefreshToken, TimeSpan RefreshTokenLifetime) : IRequest<ApiSessionRenewal>;

/// <summary>The account and next refresh token of a renewed session, or neither when the refresh was refused.</summary>
public sealed record ApiSessionRenewal(AuthenticatedUser? User, ApiSessionGrant? Grant)
{
    /// <summary>A refused refresh.</summary>
    public static readonly ApiSessionRenewal Refused = new(null, null);
}

/// <summary>Ends the caller's own API session (sign-out): its refresh token and access tokens stop working.</summary>
[Requires(Access.SignedIn)]
public sealed record EndApiSession(string SessionId) : IRequest<Unit>;
