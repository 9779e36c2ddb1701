using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;
using Platform.Contracts.Identity;

namespace Platform.Host.Auth;

/// <summary>
/// <c>POST /api/v1/auth/token</c> (user name and password), <c>/auth/refresh</c> (a refresh token, used once) and
/// <c>/auth/logout</c> (ends the caller's API session): each success answers an access token and the next refresh token.
/// </summary>
internal static class TokenEndpoint
{
    public sealed record TokenRequest(string? UserName, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    /// <summary>The answer of the token and refresh endpoints (the field names of ASP.NET Core's bearer-token response).</summary>
    public sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    public static void MapTokenEndpoint(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", IssueAsync)
            .AllowAnonymous()
            .WithMetadata(new LoginAttemptAttribute("userName"))
            .WithName("IssueToken")
            .WithTags("auth");
        // Not rate-limited: a refresh token is 256 random bits, nothing to guess.
        api.MapPost("/auth/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithName("RefreshToken")
            .WithTags("auth");
        api.MapPost("/auth/logout", LogoutAsync)
            .RequireAuthorization()
            .WithName("EndApiSession")
            .WithTags("auth");
    }

    private static async Task<IResult> IssueAsync(TokenRequest request, IMediator mediator, AccessTokens tokens, IOptions<PlatformAuthOptions> options)
    {
        if (string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    [string.IsNullOrWhiteSpace(request.UserName) ? "userName" : "password"] = ["请输入用户名和密码。"],
                },
                title: "请输入用户名和密码。");
        }

        var result = await mediator.Send(new AuthenticateUser(request.UserName.Trim(), request.Password));
        if (result is not { Outcome: AuthenticationOutcome.Succeeded, User: { } user })
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: LoginMessages.For(result));
        }

        var grant = await mediator.Send(new StartApiSession(user.UserId, user.SecurityStamp, options.Value.RefreshTokenLifetime));
        return Results.Ok(tokens.Issue(user, grant));
    }

    private static async Task<IResult> RefreshAsync(RefreshRequest request, IMediator mediator, AccessTokens tokens, IOptions<PlatformAuthOptions> options)
    {
        if (string.IsNullOrWhiteSpace(request.RefreshToken))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["refreshToken"] = ["请提供刷新令牌。"] }, title: "请提供刷新令牌。");
        }

        var renewal = await mediator.Send(new RefreshApiSession(request.RefreshToken.Trim(), options.Value.RefreshTokenLifetime));
        return renewal is { User: { } user, Grant: { } grant }
            ? Results.Ok(tokens.Issue(user, grant))
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: LoginMessages.SessionEnded);
    }

    private static async Task<IResult> LogoutAsync(ClaimsPrincipal caller, IMediator mediator)
    {
        // A cookie session has no API session to end: the sign-out page ends it.
        if (caller.FindFirstValue(ClaimNames.SessionId) is { } sessionId)
        {
            await mediator.Send(new EndApiSession(sessionId));
        }

        return Results.NoContent();
    }
}

/// <summary>Access tokens of an API session, protected as ASP.NET Core's bearer handler expects them.</summary>
internal sealed class AccessTokens(IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock)
{
    public TokenEndpoint.TokenResponse Issue(AuthenticatedUser user, ApiSessionGrant grant)
    {
        var now = clock.GetUtcNow();
        var ticket = new AuthenticationTicket(
            ClaimsUser.Principal(user, AuthSetup.Bearer, grant.SessionId),
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now + AuthSetup.TokenLifetime },
            $"{AuthSetup.Bearer}:AccessToken");
        var accessToken = bearer.Get(AuthSetup.Bearer).BearerTokenProtector.Protect(ticket);
        return new TokenEndpoint.TokenResponse("Bearer", accessToken, (long)AuthSetup.TokenLifetime.TotalSeconds, grant.RefreshToken);
    }
}

/// <summary>
/// The Chinese messages of a refused log-in, shared by the page and the API. None tells whether an account of
/// that name exists: an unknown name, a wrong password and a throttled attempt read the same for every name.
/// </summary>
internal static class LoginMessages
{
    public const string SessionEnded = "登录已失效，请重新登录。";

    public static string For(AuthenticationResult result) => result.Outcome switch
    {
        AuthenticationOutcome.Disabled => "该账号已停用，请联系管理员。",
        _ => "用户名或密码错误。",
    };

    public static string Throttled(TimeSpan wait) => wait < TimeSpan.FromMinutes(1)
        ? $"登录尝试过于频繁，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} 秒后再试。"
        : $"登录尝试过于频繁，请 {(int)Math.Ceiling(wait.TotalMinutes)} 分钟后再试。";
}
