namespace Platform.Modularity;

/// <summary>
/// A menu entry: a Razor page in the module's area, shown to holders of the permission (any signed-in user when null).
/// <paramref name="Group"/> names the sidebar group it is drawn in (one of <see cref="NavGroups"/>, or a new group's
/// title, drawn after the standard work groups and before 系统管理); none puts it at the top beside 首页. <see cref="NavGroups.UserMenu"/> puts it
/// in the user's own menu, <see cref="NavGroups.QuickActions"/> among the big buttons on the home page.
/// <paramref name="Icon"/> is a Bootstrap Icons name without the "bi-" (e.g. "people").
/// <paramref name="BadgeUrl"/>, when set, answers a short text (e.g. an unread count, empty for none) shown beside the title.
/// </summary>
public sealed record NavItem(string Title, string Area, string Page, string? Permission = null, int Order = 100, string? Group = null, string? BadgeUrl = null, string? Icon = null);

/// <summary>The host's standard menu groups (their order and icons are the host's); a module may name a group of its own.</summary>
public static class NavGroups
{
    /// <summary>服务对象 (the registry).</summary>
    public const string Clients = "服务对象";
    /// <summary>社会工作: visits, casework, group work, activities.</summary>
    public const string SocialWork = "社会工作";
    /// <summary>专项服务: a module's service for one kind of client (children, elders …).</summary>
    public const string SpecialServices = "专项服务";
    /// <summary>服务时长: progress, reports, targets and their catalogue.</summary>
    public const string Hours = "服务时长";
    /// <summary>人员: the workers' compliance, supervision, training.</summary>
    public const string Staff = "人员";
    /// <summary>系统管理: stations, accounts, audit, scheduled jobs.</summary>
    public const string System = "系统管理";

    /// <summary>The user's own menu at the top right (修改密码, 通知设置), not among the work entries.</summary>
    public const string UserMenu = "user";

    /// <summary>A big button at the top of the home page (登记探访 …).</summary>
    public const string QuickActions = "quick";
}

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

/// <summary>
/// A kind of record the module names in other modules' keeping — a credit's source, a timeline entry, an audit entry
/// (<see cref="Records.RecordSource.Kind"/>) — with the word people read for it (探访记录, 救助复核).
/// </summary>
public sealed record RecordKind(string Kind, string Title);
