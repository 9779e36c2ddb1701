using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Host.Web;

namespace Platform.Host.Pages;

/// <summary>我的 (the phone's last tab): who is signed in, at which station, and their own pages — hours, password, notices — and 退出.</summary>
public sealed class MeModel(NavigationMenu menu, ICurrentUser user, IMediator mediator) : PageModel
{
    public string? DisplayName => user.DisplayName;

    public string Roles => string.Join("、", user.Roles.Select(Platform.Contracts.Identity.Roles.DisplayName));

    public string? StationName { get; private set; }

    /// <summary>The user's hours (a worker's own progress page), then the user menu's entries.</summary>
    public IReadOnlyList<MenuEntry> Links { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (user.StationId is { } stationId)
        {
            StationName = (await mediator.Send(new GetStation(stationId), HttpContext.RequestAborted))?.Name;
        }

        var shell = await menu.ShellAsync();
        Links = [.. shell.QuickActions.Where(e => e.Item is { Area: "HourLedger", Page: "/Progress/Index" }), .. shell.UserMenu];
    }
}
