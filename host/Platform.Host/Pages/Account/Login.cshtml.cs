using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Host.Auth;

namespace Platform.Host.Pages.Account;

/// <summary>Log-in with user name and password; five failures lock the account for a while.</summary>
[AllowAnonymous]
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
