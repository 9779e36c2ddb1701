using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Host.Auth;

namespace Platform.Host.Pages.Account;

/// <summary>Log-in with user name and password; attempts are throttled per (name, address) and per address.</summary>
[AllowAnonymous]
[LoginAttempt("Input.UserName")]
public sealed class LoginModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool PasswordChanged { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "请输入用户名。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请输入密码。")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Throttled before it got here: the limiter has set 429 and Retry-After; nothing is checked.
        if (LoginLimits.Refusal(HttpContext) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await mediator.Send(new AuthenticateUser(Input.UserName.Trim(), Input.Password));
        if (result.Outcome != AuthenticationOutcome.Succeeded)
        {
            ModelState.AddModelError("", LoginMessages.For(result));
            return Page();
        }

        await HttpContext.SignInAsync(AuthSetup.Cookie, ClaimsUser.Principal(result.User!, AuthSetup.Cookie));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
