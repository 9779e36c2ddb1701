using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Identity;

/// <summary>Checks a password and counts failures: five in a row lock the account for 15 minutes.</summary>
internal sealed class AuthenticateUserHandler(UserManager<StaffUser> users, IMediator mediator, TimeProvider clock, IHttpContextAccessor http)
    : IRequestHandler<AuthenticateUser, AuthenticationResult>
{
    public async Task<AuthenticationResult> Handle(AuthenticateUser request, CancellationToken cancellationToken)
    {
        var result = await CheckAsync(request);
        await mediator.Send(new WriteAuditEntry(new AuditEntry(
            clock.GetUtcNow(),
            result.User?.UserId,
            request.UserName,
            "登录",
            request.UserName,
            result.Outcome == AuthenticationOutcome.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Denied,
            result.Outcome == AuthenticationOutcome.Succeeded ? null : result.Outcome.ToString(),
            http.HttpContext?.Connection.RemoteIpAddress?.ToString())), cancellationToken);
        return result;
    }

    private async Task<AuthenticationResult> CheckAsync(AuthenticateUser request)
    {
        var user = await users.FindByNameAsync(request.UserName);
        if (user is null)
        {
            return AuthenticationResult.Failed(AuthenticationOutcome.InvalidCredentials);
        }

        if (await users.IsLockedOutAsync(user))
        {
            return AuthenticationResult.Failed(AuthenticationOutcome.LockedOut, user.LockoutEnd);
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            await users.AccessFailedAsync(user);
            return await users.IsLockedOutAsync(user)
                ? AuthenticationResult.Failed(AuthenticationOutcome.LockedOut, user.LockoutEnd)
                : AuthenticationResult.Failed(AuthenticationOutcome.InvalidCredentials);
        }

        if (user.IsDisabled)
        {
            return AuthenticationResult.Failed(AuthenticationOutcome.Disabled);
        }

        if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return new AuthenticationResult(AuthenticationOutcome.Succeeded, await SessionUser.ForAsync(users, user));
    }
}

/// <summary>A session stays good while the account is active and its security stamp unchanged.</summary>
/// <remarks>It runs on every authenticated request, so it reads the table directly with a compiled query.</remarks>
internal sealed class ValidateSessionHandler(StaffDb db) : IRequestHandler<ValidateSession, bool>
{
    private static readonly CompiledQuery<StaffDb, Func<StaffDb, string, string, CancellationToken, Task<bool>>> IsActive = new(() =>
        EF.CompileAsyncQuery((StaffDb db, string id, string stamp, CancellationToken _) =>
            db.Users.Any(u => u.Id == id && !u.IsDisabled && u.SecurityStamp == stamp)));

    public Task<bool> Handle(ValidateSession request, CancellationToken cancellationToken) =>
        IsActive.For(db)(db, request.UserId, request.SecurityStamp, cancellationToken);
}

internal static class SessionUser
{
    public static async Task<AuthenticatedUser> ForAsync(UserManager<StaffUser> users, StaffUser user) =>
        new(user.Id, user.UserName!, user.DisplayName, user.StationId, (await users.GetRolesAsync(user)).ToList(), user.SecurityStamp ?? "");
}
