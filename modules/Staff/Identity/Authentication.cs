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

/// <summary>
/// Checks a password. An unknown name is answered like a wrong password, in the same time: a dummy hash is
/// verified with the same hasher (a real check costs ~75 ms of PBKDF2, a missing user otherwise ~3 ms).
/// </summary>
/// <remarks>
/// No lock-out: five wrong passwords used to lock the account for 15 minutes, which let a stranger keep any
/// worker out with five requests. Guessing is slowed in front of this handler instead, per (account name,
/// address) and per address (the host's log-in limits), so the owner at their own address is never refused
/// because of someone else's attempts.
/// </remarks>
internal sealed class AuthenticateUserHandler(UserManager<StaffUser> users, IMediator mediator, TimeProvider clock, IHttpContextAccessor http)
    : IRequestHandler<AuthenticateUser, AuthenticationResult>
{
    private static string? _dummyHash;

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
            var dummy = new StaffUser();
            _dummyHash ??= users.PasswordHasher.HashPassword(dummy, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, request.Password);
            return AuthenticationResult.Failed(AuthenticationOutcome.InvalidCredentials);
        }

        if (!await users.CheckPasswordAsync(user, request.Password))
        {
            return AuthenticationResult.Failed(AuthenticationOutcome.InvalidCredentials);
        }

        // Told only to someone who knows the password, so it reveals nothing to a guesser.
        if (user.IsDisabled)
        {
            return AuthenticationResult.Failed(AuthenticationOutcome.Disabled);
        }

        return new AuthenticationResult(AuthenticationOutcome.Succeeded, await SessionUser.ForAsync(users, user));
    }
}

/// <summary>
/// A session stays good while the account is active and its security stamp unchanged, and an API session
/// while it has not been ended (sign-out, or its refresh token presented twice).
/// </summary>
/// <remarks>It runs on every authenticated request, so it reads the tables directly with one compiled query.</remarks>
internal sealed class ValidateSessionHandler(StaffDb db) : IRequestHandler<ValidateSession, bool>
{
    private static readonly CompiledQuery<StaffDb, Func<StaffDb, string, string, CancellationToken, Task<bool>>> IsActive = new(() =>
        EF.CompileAsyncQuery((StaffDb db, string id, string stamp, CancellationToken _) =>
            db.Users.Any(u => u.Id == id && !u.IsDisabled && u.SecurityStamp == stamp)));

    private static readonly CompiledQuery<StaffDb, Func<StaffDb, string, string, string, CancellationToken, Task<bool>>> IsActiveApiSession = new(() =>
        EF.CompileAsyncQuery((StaffDb db, string id, string stamp, string sessionId, CancellationToken _) =>
            db.Users.Any(u => u.Id == id && !u.IsDisabled && u.SecurityStamp == stamp
                && db.ApiSessions.Any(s => s.Id == sessionId && s.UserId == u.Id && s.EndedAt == null))));

    public Task<bool> Handle(ValidateSession request, CancellationToken cancellationToken) =>
        request.SessionId is { } sessionId
            ? IsActiveApiSession.For(db)(db, request.UserId, request.SecurityStamp, sessionId, cancellationToken)
            : IsActive.For(db)(db, request.UserId, request.SecurityStamp, cancellationToken);
}

internal static class SessionUser
{
    public static async Task<AuthenticatedUser> ForAsync(UserManager<StaffUser> users, StaffUser user) =>
        new(user.Id, user.UserName!, user.DisplayName, user.StationId, (await users.GetRolesAsync(user)).ToList(), user.SecurityStamp ?? "");
}
