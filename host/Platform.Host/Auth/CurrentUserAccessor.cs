using System.Security.Claims;
using Platform.Contracts.Identity;
using Platform.Modularity;

namespace Platform.Host.Auth;

/// <summary>
/// The caller of a scope: read from the request's claims each time it is asked (a service resolved
/// while the request is still being authenticated must not keep the anonymous caller), or the
/// platform itself in a background job.
/// </summary>
internal sealed class CurrentUserAccessor(IHttpContextAccessor http) : ICurrentUserAccessor, ICurrentUser
{
    private ICurrentUser? _override;

    public ICurrentUser Current => _override ?? ClaimsUser.From(http.HttpContext?.User);

    public bool IsAuthenticated => Current.IsAuthenticated;

    public string? UserId => Current.UserId;

    public string? UserName => Current.UserName;

    public string? DisplayName => Current.DisplayName;

    public string? StationId => Current.StationId;

    public IReadOnlyCollection<string> Roles => Current.Roles;

    public bool IsSystem => Current.IsSystem;

    public void RunAsSystem() => _override = ClaimsUser.System;
}

internal sealed record ClaimsUser(
    bool IsAuthenticated,
    string? UserId,
    string? UserName,
    string? DisplayName,
    string? StationId,
    IReadOnlyCollection<string> Roles,
    bool IsSystem) : ICurrentUser
{
    public static readonly ClaimsUser System = new(true, "system", "system", "系统", null, [], true);

    public static ICurrentUser From(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return AnonymousUser.Instance;
        }

        return new ClaimsUser(
            true,
            principal.FindFirstValue(ClaimNames.UserId),
            principal.FindFirstValue(ClaimNames.UserName),
            principal.FindFirstValue(ClaimNames.DisplayName),
            principal.FindFirstValue(ClaimNames.StationId),
            principal.FindAll(ClaimNames.Role).Select(c => c.Value).ToArray(),
            false);
    }

    public static ClaimsPrincipal Principal(AuthenticatedUser user, string scheme, string? sessionId = null)
    {
        var identity = new ClaimsIdentity(scheme, ClaimNames.UserName, ClaimNames.Role);
        identity.AddClaim(new Claim(ClaimNames.UserId, user.UserId));
        identity.AddClaim(new Claim(ClaimNames.UserName, user.UserName));
        identity.AddClaim(new Claim(ClaimNames.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(ClaimNames.SecurityStamp, user.SecurityStamp));
        if (user.StationId is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.StationId, user.StationId));
        }

        if (sessionId is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.SessionId, sessionId));
        }

        identity.AddClaims(user.Roles.Select(r => new Claim(ClaimNames.Role, r)));
        return new ClaimsPrincipal(identity);
    }
}
