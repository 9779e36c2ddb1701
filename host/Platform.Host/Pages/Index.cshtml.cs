using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Host.Web;
using Platform.Modularity;

namespace Platform.Host.Pages;

/// <summary>The dashboard: each enabled module's widgets that the user may see.</summary>
public sealed class IndexModel(NavigationMenu menu, ICurrentUser user) : PageModel
{
    public IReadOnlyList<DashboardWidget> Widgets { get; private set; } = [];

    public string? DisplayName => user.DisplayName;

    public async Task OnGetAsync() => Widgets = await menu.WidgetsAsync();
}
