using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Host.Web;
using Platform.Modularity;

namespace Platform.Host.Pages;

/// <summary>The dashboard: the user's quick actions, then each enabled module's widgets that the user may see.</summary>
public sealed class IndexModel(NavigationMenu menu, ICurrentUser user) : PageModel
{
    public IReadOnlyList<MenuEntry> QuickActions { get; private set; } = [];

    public IReadOnlyList<DashboardWidget> Widgets { get; private set; } = [];

    public string? DisplayName => user.DisplayName;

    public async Task OnGetAsync()
    {
        QuickActions = (await menu.ShellAsync()).QuickActions;
        Widgets = await menu.WidgetsAsync();
    }
}
