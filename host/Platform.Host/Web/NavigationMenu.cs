using Microsoft.AspNetCore.Authorization;
using Platform.Host.Modules;
using Platform.Modularity;

namespace Platform.Host.Web;

/// <summary>The menu, dashboard widgets and client actions of the enabled modules that the current user may use.</summary>
public sealed class NavigationMenu(ModuleCatalog catalog, IAuthorizationService authorization, IHttpContextAccessor http) : IClientActions
{
    public async Task<IReadOnlyList<NavItem>> ItemsAsync() =>
        await AllowedAsync(catalog.Enabled.SelectMany(m => m.Module.Navigation).OrderBy(n => n.Order), n => n.Permission);

    public async Task<IReadOnlyList<DashboardWidget>> WidgetsAsync() =>
        await AllowedAsync(catalog.Enabled.SelectMany(m => m.Module.Widgets).OrderBy(w => w.Order), w => w.Permission);

    public async Task<IReadOnlyList<ClientAction>> ForCurrentUserAsync() =>
        await AllowedAsync(catalog.Enabled.SelectMany(m => m.Module.ClientActions).OrderBy(a => a.Order), a => a.Permission);

    private async Task<IReadOnlyList<T>> AllowedAsync<T>(IEnumerable<T> items, Func<T, string?> permission)
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var allowed = new List<T>();
        foreach (var item in items)
        {
            if (permission(item) is not { } policy || (await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                allowed.Add(item);
            }
        }

        return allowed;
    }
}
