using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Platform.Contracts.Identity;

namespace Platform.Host.Auth;

/// <summary>
/// Ends sessions and tokens of accounts that were disabled or changed (password, role, station) since
/// they were issued, and access tokens of API sessions that were ended (sign-out, a reused refresh token):
/// every authenticated request checks the account's security stamp and its API session (one indexed
/// read), so a change made on one host instance holds on all of them at once.
/// </summary>
internal sealed class SessionValidation(IMediator mediator, IHttpContextAccessor http) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        var userId = principal.FindFirstValue(ClaimNames.UserId);
        var stamp = principal.FindFirstValue(ClaimNames.SecurityStamp);
        if (principal.Identity?.IsAuthenticated != true || userId is null || stamp is null)
        {
            return principal;
        }

        if (await mediator.Send(new ValidateSession(userId, stamp, principal.FindFirstValue(ClaimNames.SessionId))))
        {
            return principal;
        }

        if (http.HttpContext is { } context)
        {
            context.Items[EndedKey] = true;
        }

        return new ClaimsPrincipal(new ClaimsIdentity());
    }

    private const string EndedKey = "platform.session-ended";

    /// <summary>Answers a request whose session ended: 401 for the API, back to the log-in page for a browser.</summary>
    public static async Task EndSessionsAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Items.ContainsKey(EndedKey))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await context.SignOutAsync(AuthSetup.Cookie);
        context.Response.Redirect("/account/login?ReturnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
    }
}
