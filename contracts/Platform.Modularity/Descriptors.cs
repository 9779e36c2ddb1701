namespace Platform.Modularity;

/// <summary>
/// A menu entry: a Razor page in the module's area, shown to holders of the permission (any signed-in user when null).
/// <paramref name="BadgeUrl"/>, when set, answers a short text (e.g. an unread count, empty for none) shown beside the title.
/// </summary>
public sealed record NavItem(string Title, string Area, string Page, string? Permission = null, int Order = 100, string? Group = null, string? BadgeUrl = null);

/// <summary>
/// A button on a client's page that leads into a module (登记探访, 儿童档案 …): <paramref name="UrlTemplate"/> holds
/// <c>{clientId}</c>, replaced with the client's id; shown to holders of the permission while the module is enabled —
/// and, when <paramref name="ForCategories"/> is given, only on the page of a client currently holding one of those
/// registry categories (a child's file for children, an elder's for elders).
/// </summary>
public sealed record ClientAction(string Title, string UrlTemplate, string? Permission = null, int Order = 100, IReadOnlyList<string>? ForCategories = null)
{
    /// <summary>Whether the action belongs on the page of a client holding these categories now.</summary>
    public bool AppliesTo(IEnumerable<string> currentCategories) => ForCategories is null || currentCategories.Any(ForCategories.Contains);

    /// <summary>The action's URL for one client.</summary>
    public string UrlFor(string clientId) => UrlTemplate.Replace("{clientId}", Uri.EscapeDataString(clientId), StringComparison.Ordinal);
}

/// <summary>The client actions of the enabled modules that the current user may use (the host provides it).</summary>
public interface IClientActions
{
    /// <summary>The actions, in their order, whose permission the caller holds.</summary>
    Task<IReadOnlyList<ClientAction>> ForCurrentUserAsync();
}

/// <summary>
/// A dashboard card whose body is the HTML fragment at <paramref name="Url"/>, loaded for holders of the permission;
/// a <paramref name="Wide"/> card (a chart of stations side by side) takes the whole width of a desktop.
/// </summary>
public sealed record DashboardWidget(string Title, string Url, string? Permission = null, int Order = 100, bool Wide = false);

/// <summary>A Quartz job of a module with its cron expression (seconds first, Quartz style) in Asia/Shanghai time.</summary>
public sealed record ScheduledJob(Type JobType, string Name, string Cron, string Description);

/// <summary>A named permission and the roles that hold it; the host turns each into an authorization policy of the same name.</summary>
public sealed record Permission(string Code, string Description, params string[] Roles);
