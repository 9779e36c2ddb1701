using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Notifications.Inbox;

namespace Platform.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>通知: my inbox, newest first; opening a notice marks it read and goes to what it is about.</summary>
[Authorize]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public NoticePage Notices { get; private set; } = new([], 0, 0, 1, 50);

    public async Task OnGetAsync() => Notices = await mediator.Send(new ListMyNotices(Unread, PageNumber));

    public async Task<IActionResult> OnPostOpenAsync(string id)
    {
        var link = await mediator.Send(new MarkRead(id));
        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage(new { Unread, p = PageNumber });
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await mediator.Send(new MarkAllRead());
        return RedirectToPage();
    }
}
