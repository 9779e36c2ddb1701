using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Platform.Contracts.Identity;

namespace Platform.Host.Auth;

/// <summary>
/// Ends sessions and tokens of accounts that were disabled or changed (password, role, station) since
/// they were issued: the account's security stamp is checked at most once a minute per session.
/// </summary>
internal sealed class SessionValidation(IMediator mediator, IMemoryCache cache) : IClaimsTransformation
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimNames.UserId);
        var stamp = principal.FindFirstValue(ClaimNames.SecurityStamp);
        if (principal.Identity?.IsAuthenticated != true || userId is null || stamp is null)
        {
            return principal;
        }

        var valid = await cache.GetOrCreateAsync($"session:{userId}:{stamp}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CheckEvery;
            return await mediator.Send(new ValidateSession(userId, stamp)) is not null;
        });
        return valid ? principal : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
