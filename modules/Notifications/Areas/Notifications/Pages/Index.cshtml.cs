using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Web;
using Platform.Modules.Notifications.Inbox;

namespace Platform.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>通知: my inbox, newest first; opening a notice marks it read and goes to what it is about.</summary>
[Authorize]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Unread { get; set; }

    /// <summary>The page asked for (<c>page</c>); one out of range reads the nearest.</summary>
    public int PageNumber => ListLinks.PageOf(Request);

    [BindProperty(SupportsGet = true)]
    public int? PageSize { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    public NoticePage Notices { get; private set; } = new([], 0, 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListMyNotices.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync() =>
        Notices = await mediator.Send(new ListMyNotices(Unread, PageNumber, ListPager.SizeOf(PageSize)) { Sort = Sort, Dir = Dir });

    public async Task<IActionResult> OnPostOpenAsync(string id, int? p)
    {
        var link = await mediator.Send(new MarkRead(id));
        if (link is not null && Url.IsLocalUrl(link))
        {
            return LocalRedirect(link);
        }

        // Back to the same page of the inbox (built by hand: the route value "page" names the Razor page itself).
        return LocalRedirect(ListLinks.With(Request, ("handler", null), ("id", null), ("p", null), ("page", p?.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        await mediator.Send(new MarkAllRead());
        return RedirectToPage();
    }
}
