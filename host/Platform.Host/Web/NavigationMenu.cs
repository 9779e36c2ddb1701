using Microsoft.AspNetCore.Authorization;
using Platform.Host.Modules;
using Platform.Modularity;

namespace Platform.Host.Web;

/// <summary>The menu, dashboard widgets and client actions of the enabled modules that the current user may use.</summary>
public sealed class NavigationMenu(ModuleCatalog catalog, IAuthorizationService authorization, IHttpContextAccessor http, LinkGenerator links) : IClientActions
{
    /// <summary>
    /// The host's groups in the order the sidebar draws them, with their icons; a group a module names beyond these comes
    /// after the work groups and before 系统管理, which stays last.
    /// </summary>
    private static readonly (string Title, string Icon)[] StandardGroups =
    [
        (NavGroups.Clients, "people"),
        (NavGroups.SocialWork, "person-hearts"),
        (NavGroups.SpecialServices, "stars"),
        (NavGroups.Hours, "clock-history"),
        (NavGroups.Staff, "person-badge"),
        (NavGroups.System, "gear"),
    ];

    /// <summary>The phone's tab bar between 首页 and 我的: the pages a worker opens most, by the page they show (each shown only to who may open it).</summary>
    private static readonly (string Area, string Page, string Title)[] PhoneTabs =
    [
        ("ClientRegistry", "/Clients/Index", "服务对象"),
        ("Notifications", "/Due", "待办"),
        ("Notifications", "/Index", "通知"),
    ];

    private Shell? _shell;

    public async Task<IReadOnlyList<NavItem>> ItemsAsync() =>
        await AllowedAsync(catalog.Enabled.SelectMany(m => m.Module.Navigation).OrderBy(n => n.Order), n => n.Permission);

    public async Task<IReadOnlyList<DashboardWidget>> WidgetsAsync() =>
        await AllowedAsync(catalog.Enabled.SelectMany(m => m.Module.Widgets).OrderBy(w => w.Order), w => w.Permission);

    public async Task<IReadOnlyList<ClientAction>> ForCurrentUserAsync() =>
        await AllowedAsync(catalog.Enabled.SelectMany(m => m.Module.ClientActions).OrderBy(a => a.Order), a => a.Permission);

    /// <summary>The current user's menu laid out for the shell (asked by the layout and the home page of one request, built once).</summary>
    public async Task<Shell> ShellAsync()
    {
        if (_shell is not null)
        {
            return _shell;
        }

        var context = http.HttpContext;
        var entries = (await ItemsAsync()).Select(i => new MenuEntry(i, UrlOf(context, i))).ToList();
        var work = entries.Where(e => e.Item.Group is not (NavGroups.UserMenu or NavGroups.QuickActions)).ToList();
        var known = StandardGroups.Select(g => g.Title).ToList();
        var groups = work.Where(e => e.Item.Group is not null)
            .GroupBy(e => e.Item.Group!)
            .OrderBy(g => g.Key == NavGroups.System ? int.MaxValue : known.IndexOf(g.Key) is var i and >= 0 ? i : known.Count)
            .ThenBy(g => g.Min(e => e.Item.Order))
            .Select(g => new MenuGroup(g.Key, StandardGroups.FirstOrDefault(s => s.Title == g.Key).Icon ?? "grid", [.. g]))
            .ToList();
        var userMenu = entries.Where(e => e.Item.Group == NavGroups.UserMenu).ToList();

        // The entry whose address is the longest prefix of this page's is the one marked (通知 is not marked on /notifications/jobs).
        var path = context?.Request.Path ?? default;
        var current = work.Concat(userMenu)
            .Where(e => e.Prefix.Length > 1 && path.StartsWithSegments(e.Prefix))
            .OrderByDescending(e => e.Prefix.Length)
            .FirstOrDefault();

        var tabs = PhoneTabs
            .Select(t => work.FirstOrDefault(e => e.Item.Area == t.Area && e.Item.Page == t.Page) is { } e ? e with { Item = e.Item with { Title = t.Title } } : null)
            .OfType<MenuEntry>()
            .ToList();

        return _shell = new Shell(
            work.Where(e => e.Item.Group is null).ToList(),
            groups,
            userMenu,
            entries.Where(e => e.Item.Group == NavGroups.QuickActions).ToList(),
            tabs,
            current,
            groups.FirstOrDefault(g => g.Entries.Contains(current!)));
    }

    private string UrlOf(HttpContext? context, NavItem item) =>
        (context is null ? null : links.GetPathByPage(context, item.Page, handler: null, values: new { area = item.Area })) ?? "#";

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

/// <summary>A menu entry the user may open, with its address.</summary>
public sealed record MenuEntry(NavItem Item, string Url)
{
    public string Icon => Item.Icon ?? "dot";

    /// <summary>The address the entry's pages share (a list's "…/index" stands for the folder).</summary>
    public string Prefix => Url.EndsWith("/index", StringComparison.OrdinalIgnoreCase) ? Url[..^6] : Url;
}

/// <summary>A sidebar group; one whose only entry has the group's own name (服务对象) is drawn as that entry.</summary>
public sealed record MenuGroup(string Title, string Icon, IReadOnlyList<MenuEntry> Entries)
{
    public bool Flat => Entries.Count == 1 && Entries[0].Item.Title == Title;
}

/// <summary>
/// What the shell draws for the current user: entries beside 首页, the sidebar groups, the user's own menu, the home
/// page's big buttons, the phone's tabs between 首页 and 我的, and the entry (and group) of the current page.
/// </summary>
public sealed record Shell(
    IReadOnlyList<MenuEntry> Top,
    IReadOnlyList<MenuGroup> Groups,
    IReadOnlyList<MenuEntry> UserMenu,
    IReadOnlyList<MenuEntry> QuickActions,
    IReadOnlyList<MenuEntry> Tabs,
    MenuEntry? Current,
    MenuGroup? CurrentGroup);
