using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Identity;

internal sealed class StartApiSessionHandler(StaffDb db, TimeProvider clock) : IRequestHandler<StartApiSession, ApiSessionGrant>
{
    public async Task<ApiSessionGrant> Handle(StartApiSession request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        // Sessions with no token left to refresh are over; removing them at the owner's next sign-in keeps the table small.
        await db.ApiSessions
            .Where(s => s.UserId == request.UserId && !db.RefreshTokens.Any(t => t.SessionId == s.Id && t.ExpiresAt > nowUtc))
            .ExecuteDeleteAsync(cancellationToken);

        var session = new ApiSession { UserId = request.UserId, SecurityStamp = request.SecurityStamp, StartedAt = nowUtc };
        db.ApiSessions.Add(session);
        var grant = ApiSessionTokens.Issue(db, session.Id, now, request.RefreshTokenLifetime);
        await db.SaveChangesAsync(cancellationToken);
        return grant;
    }
}

/// <summary>
/// Rotation: the presented token is marked used and a new one issued in the same session, in one transaction.
/// A token presented again after use ends the session (both the client and whoever copied it must sign in again);
/// every other refusal — unknown, expired, ended session, changed or disabled account — changes nothing.
/// </summary>
internal sealed class RefreshApiSessionHandler(StaffDb db, UserManager<StaffUser> users, TimeProvider clock, IMediator mediator, IHttpContextAccessor http)
    : IRequestHandler<RefreshApiSession, ApiSessionRenewal>
{
    public async Task<ApiSessionRenewal> Handle(RefreshApiSession request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var nowUtc = now.UtcDateTime;
        var hash = RefreshToken.HashOf(request.RefreshToken);
        var token = await db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, cancellationToken);
        var session = token is null ? null : await db.ApiSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == token.SessionId && s.EndedAt == null, cancellationToken);
        if (token is null || session is null)
        {
            return ApiSessionRenewal.Refused;
        }

        if (token.UsedAt is not null)
        {
            await EndReusedAsync(session, cancellationToken);
            return ApiSessionRenewal.Refused;
        }

        var user = await users.FindByIdAsync(session.UserId);
        if (token.ExpiresAt <= nowUtc || user is null || user.IsDisabled || user.SecurityStamp != session.SecurityStamp)
        {
            return ApiSessionRenewal.Refused;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The claim is conditional, so of two refreshes racing with one token exactly one wins; the other is a reuse.
        var claimed = await db.RefreshTokens
            .Where(t => t.Hash == hash && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, nowUtc), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            await EndReusedAsync(session, cancellationToken);
            return ApiSessionRenewal.Refused;
        }

        await db.RefreshTokens.Where(t => t.SessionId == session.Id && t.ExpiresAt <= nowUtc).ExecuteDeleteAsync(cancellationToken);
        var grant = ApiSessionTokens.Issue(db, session.Id, now, request.RefreshTokenLifetime);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ApiSessionRenewal(await SessionUser.ForAsync(users, user), grant);
    }

    private async Task EndReusedAsync(ApiSession session, CancellationToken cancellationToken)
    {
        await ApiSessionTokens.EndAsync(db, session.Id, session.UserId, "refresh-token-reused", clock, cancellationToken);
        await mediator.Send(new WriteAuditEntry(new AuditEntry(
            clock.GetUtcNow(),
            session.UserId,
            null,
            "刷新令牌重复使用",
            session.Id,
            AuditOutcome.Denied,
            "已用过的刷新令牌再次出现：会话已结束，需重新登录。",
            http.HttpContext?.Connection.RemoteIpAddress?.ToString())), cancellationToken);
    }
}

internal sealed class EndApiSessionHandler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EndApiSession, Unit>
{
    public async Task<Unit> Handle(EndApiSession request, CancellationToken cancellationToken)
    {
        await ApiSessionTokens.EndAsync(db, request.SessionId, user.UserId ?? "", "signed-out", clock, cancellationToken);
        return Unit.Value;
    }
}

internal static class ApiSessionTokens
{
    public static ApiSessionGrant Issue(StaffDb db, string sessionId, DateTimeOffset now, TimeSpan lifetime)
    {
        var (token, hash) = RefreshToken.Create();
        db.RefreshTokens.Add(new RefreshToken { Hash = hash, SessionId = sessionId, IssuedAt = now.UtcDateTime, ExpiresAt = (now + lifetime).UtcDateTime });
        return new ApiSessionGrant(sessionId, token);
    }

    /// <summary>Ends a session of the given account (an id of someone else's session ends nothing).</summary>
    public static Task<int> EndAsync(StaffDb db, string sessionId, string userId, string reason, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ApiSessions
            .Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }
}
