using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Web;
using Platform.Modules.Notifications.Inbox;

namespace Platform.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>通知设置: the inbox only, or the inbox and e-mail.</summary>
[Authorize]
public sealed class SettingsModel(IMediator mediator) : PageModel, IPageWithLookups
{
    [BindProperty]
    public SaveMyDelivery Input { get; set; } = new();

    public bool MailAvailable { get; private set; }

    public async Task OnGetAsync()
    {
        var current = await mediator.Send(new GetMyDelivery());
        Input = new SaveMyDelivery { Email = current.Email, ByEmail = current.ByEmail };
        MailAvailable = current.MailAvailable;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await mediator.Send(Input);
        TempData["Saved"] = "已保存。";
        return RedirectToPage();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) =>
        MailAvailable = (await mediator.Send(new GetMyDelivery(), cancellationToken)).MailAvailable;
}
