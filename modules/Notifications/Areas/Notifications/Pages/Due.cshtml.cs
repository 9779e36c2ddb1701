using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Notifications;
using Platform.Modules.Notifications.Digest;

namespace Platform.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>今日待办: what every module has due for me today or overdue — the daily digest, live.</summary>
[Authorize(Policy = NotificationsPermissions.Due)]
public sealed class DueModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DueItem> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        Items = await mediator.Send(new ListMyDueItems());
    }
}
