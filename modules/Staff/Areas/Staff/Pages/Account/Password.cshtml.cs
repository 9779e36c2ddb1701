using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Domain;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Account;

/// <summary>Any signed-in user changes their own password; other sessions of the account end.</summary>
public sealed class PasswordModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ChangePassword Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(Input);

        // The new stamp ended this session too; sign in again with the new password.
        await HttpContext.SignOutAsync();
        return Redirect("/account/login?passwordChanged=true");
    }

    [Requires(Access.SignedIn)]
    public sealed class ChangePassword : IRequest<Unit>, IAudited
    {
        string IAudited.AuditAction => "修改本人密码";

        string? IAudited.AuditTarget => null;

        [Required(ErrorMessage = "请输入当前密码。")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "请输入新密码。")]
        [StringLength(100, MinimumLength = 8, ErrorMessage = "新密码至少需要 8 位。")]
        public string NewPassword { get; set; } = "";

        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
        public string ConfirmPassword { get; set; } = "";

        internal sealed class Handler(UserManager<StaffUser> users, ICurrentUser user) : IRequestHandler<ChangePassword, Unit>
        {
            public async Task<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
            {
                var account = await users.Users.FirstOrDefaultAsync(u => u.Id == user.UserId, cancellationToken)
                    ?? throw new ForbiddenException("请先登录。");
                var result = await users.ChangePasswordAsync(account, request.CurrentPassword, request.NewPassword);
                if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
                {
                    throw new BusinessRuleException("当前密码不正确。", "currentPassword");
                }

                result.ThrowIfFailed("newPassword");
                return Unit.Value;
            }
        }
    }
}
