using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Accounts;

/// <summary>
/// Creates an account (no id; a password is required) or changes one: name, role, station,
/// disabled, and optionally a new password. Any change ends the account's open sessions.
/// </summary>
[Requires(StaffPermissions.ManageAccounts)]
public sealed class SaveAccount : IRequest<string>, IAudited
{
    string IAudited.AuditAction => Id is null ? "新建账号" : string.IsNullOrEmpty(Password) ? "修改账号" : "修改账号并重设密码";

    string? IAudited.AuditTarget => Id ?? UserName;

    public string? Id { get; set; }

    [Required(ErrorMessage = "请填写用户名。")]
    [StringLength(50, MinimumLength = 3, ErrorMessage = "用户名需 3 到 50 个字符。")]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "用户名只能包含字母、数字和 . _ @ + -。")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "请填写姓名。")]
    [StringLength(50, ErrorMessage = "姓名不能超过 50 个字符。")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "请选择角色。")]
    public string Role { get; set; } = Roles.Worker;

    public string? StationId { get; set; }

    [StringLength(100, MinimumLength = 8, ErrorMessage = "密码至少需要 8 位。")]
    public string? Password { get; set; }

    public bool IsDisabled { get; set; }

    internal sealed class Handler(StaffDb db, UserManager<StaffUser> users, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveAccount, string>
    {
        public async Task<string> Handle(SaveAccount request, CancellationToken cancellationToken)
        {
            var stationId = await AccountRules.CheckRoleAndStationAsync(db, request.Role, request.StationId, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            StaffUser account;
            if (request.Id is null)
            {
                if (string.IsNullOrEmpty(request.Password))
                {
                    throw new BusinessRuleException("请为新账号设置初始密码。", "password");
                }

                account = new StaffUser { UserName = request.UserName.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
                Apply(account, request, stationId);
                (await users.CreateAsync(account, request.Password)).ThrowIfFailed("userName");
            }
            else
            {
                account = await users.Users.FirstOrDefaultAsync(u => u.Id == request.Id, cancellationToken)
                    ?? throw new NotFoundException("账号不存在。");
                if (account.Id == user.UserId && (request.IsDisabled || request.Role != Roles.Admin))
                {
                    throw new BusinessRuleException("不能停用自己的账号或取消自己的管理员角色。", "role");
                }

                Apply(account, request, stationId);
                (await users.SetUserNameAsync(account, request.UserName.Trim())).ThrowIfFailed("userName");
                if (!string.IsNullOrEmpty(request.Password))
                {
                    (await users.RemovePasswordAsync(account)).ThrowIfFailed("password");
                    (await users.AddPasswordAsync(account, request.Password)).ThrowIfFailed("password");
                }

                // A new stamp ends sessions issued under the old role, station or password.
                (await users.UpdateSecurityStampAsync(account)).ThrowIfFailed("userName");
            }

            await AccountRules.SetRoleAsync(users, account, request.Role);
            await transaction.CommitAsync(cancellationToken);
            return account.Id;
        }

        private static void Apply(StaffUser account, SaveAccount request, string? stationId)
        {
            account.DisplayName = request.DisplayName.Trim();
            account.StationId = stationId;
            account.IsDisabled = request.IsDisabled;
        }
    }
}
