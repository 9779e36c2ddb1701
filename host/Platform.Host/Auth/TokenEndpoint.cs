using Platform.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Platform.Contracts.Identity;

namespace Platform.Host.Auth;

/// <summary><c>POST /api/v1/auth/token</c>: a bearer token for a user name and password.</summary>
internal static class TokenEndpoint
{
    public sealed record TokenRequest(string? UserName, string? Password);

    public static void MapTokenEndpoint(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", async (TokenRequest request, IMediator mediator) =>
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
            return result.Outcome switch
            {
                AuthenticationOutcome.Succeeded => Results.SignIn(
                    ClaimsUser.Principal(result.User!, AuthSetup.Bearer),
                    new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow + AuthSetup.TokenLifetime },
                    AuthSetup.Bearer),
                _ => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: LoginMessages.For(result)),
            };
        })
        .AllowAnonymous()
        .WithName("IssueToken")
        .WithTags("auth");
}

/// <summary>The Chinese message for a failed log-in, shared by the page and the API.</summary>
internal static class LoginMessages
{
    public static string For(AuthenticationResult result) => result.Outcome switch
    {
        AuthenticationOutcome.LockedOut => $"登录失败次数过多，账号已锁定，请于 {result.LockedUntil?.ToOffset(LocalTime.Offset):HH:mm} 后再试，或联系管理员解锁。",
        AuthenticationOutcome.Disabled => "该账号已停用，请联系管理员。",
        _ => "用户名或密码错误。",
    };
}
