using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Notifications.Inbox;

namespace Platform.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>The unread count beside 通知 in the menu: a number, or nothing when all is read.</summary>
[Authorize]
public sealed class UnreadModel(IMediator mediator) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var unread = await mediator.Send(new CountUnread());
        return Content(unread == 0 ? "" : unread > 99 ? "99+" : unread.ToString(), "text/plain; charset=utf-8");
    }
}
