using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Identity;

/// <summary>Accounts the caller may see: a worker only their own station's, the others all.</summary>
[Requires(StaffPermissions.ViewAccounts)]
internal sealed record ListAccounts(string? StationId = null, string? AccountId = null) : IRequest<IReadOnlyList<AccountRow>>;

internal sealed record AccountRow
{
    public required string Id { get; init; }

    public required string UserName { get; init; }

    public required string DisplayName { get; init; }

    public required string? Role { get; init; }

    public required string? StationId { get; init; }

    public required string? StationName { get; init; }

    public required bool IsDisabled { get; init; }
}

internal sealed class ListAccountsHandler(StaffDb db, ICurrentUser user) : IRequestHandler<ListAccounts, IReadOnlyList<AccountRow>>
{
    public async Task<IReadOnlyList<AccountRow>> Handle(ListAccounts request, CancellationToken cancellationToken)
    {
        var accounts = db.Users.AsNoTracking();
        if (!user.SeesAllStations())
        {
            accounts = accounts.Where(a => a.StationId != null && a.StationId == user.StationId);
        }

        if (!string.IsNullOrEmpty(request.StationId))
        {
            accounts = accounts.Where(a => a.StationId == request.StationId);
        }

        if (!string.IsNullOrEmpty(request.AccountId))
        {
            accounts = accounts.Where(a => a.Id == request.AccountId);
        }

        var rows = await (
            from a in accounts
            join s in db.Stations on a.StationId equals s.Id into station
            from s in station.DefaultIfEmpty()
            let role = db.UserRoles.Where(r => r.UserId == a.Id).Select(r => r.RoleId).FirstOrDefault()
            orderby a.UserName
            select new { a.Id, a.UserName, a.DisplayName, Role = role, a.StationId, StationName = s == null ? null : s.Name, a.IsDisabled })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new AccountRow
        {
            Id = r.Id,
            UserName = r.UserName!,
            DisplayName = r.DisplayName,
            Role = r.Role,
            StationId = r.StationId,
            StationName = r.StationName,
            IsDisabled = r.IsDisabled,
        }).ToList();
    }
}

/// <summary>The rules every account keeps: a worker belongs to exactly one station, the other roles to none.</summary>
internal static class AccountRules
{
    public static async Task<string?> CheckRoleAndStationAsync(StaffDb db, string role, string? stationId, CancellationToken cancellationToken)
    {
        if (!Roles.All.Contains(role))
        {
            throw new BusinessRuleException("请选择角色。", "role");
        }

        if (role != Roles.Worker)
        {
            return null;
        }

        if (string.IsNullOrEmpty(stationId))
        {
            throw new BusinessRuleException("社工必须分配到一个站点。", "stationId");
        }

        if (!await db.Stations.AnyAsync(s => s.Id == stationId && s.IsActive, cancellationToken))
        {
            throw new BusinessRuleException("所选站点不存在或已停用。", "stationId");
        }

        return stationId;
    }

    public static async Task SetRoleAsync(UserManager<StaffUser> users, StaffUser account, string role)
    {
        var current = await users.GetRolesAsync(account);
        if (current.Count == 1 && current[0] == role)
        {
            return;
        }

        (await users.RemoveFromRolesAsync(account, current)).ThrowIfFailed("role");
        (await users.AddToRoleAsync(account, role)).ThrowIfFailed("role");
    }
}

/// <summary>Creates the administrator of a fresh installation (the <c>create-admin</c> command).</summary>
internal sealed class CreateAdministratorHandler(StaffDb db, UserManager<StaffUser> users, TimeProvider clock) : IRequestHandler<CreateAdministrator, string>
{
    public async Task<string> Handle(CreateAdministrator request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = new StaffUser
        {
            UserName = request.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? "管理员" : request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        (await users.CreateAsync(account, request.Password)).ThrowIfFailed("password");
        (await users.AddToRoleAsync(account, Roles.Admin)).ThrowIfFailed("role");
        await transaction.CommitAsync(cancellationToken);
        return account.Id;
    }
}
