namespace Platform.Modularity;

/// <summary>A menu entry: a Razor page in the module's area, shown to holders of the permission (any signed-in user when null).</summary>
public sealed record NavItem(string Title, string Area, string Page, string? Permission = null, int Order = 100, string? Group = null);

/// <summary>A dashboard card whose body is the HTML fragment at <paramref name="Url"/>, loaded for holders of the permission.</summary>
public sealed record DashboardWidget(string Title, string Url, string? Permission = null, int Order = 100);

/// <summary>A Quartz job of a module with its cron expression (seconds first, Quartz style) in Asia/Shanghai time.</summary>
public sealed record ScheduledJob(Type JobType, string Name, string Cron, string Description);

/// <summary>A named permission and the roles that hold it; the host turns each into an authorization policy of the same name.</summary>
public sealed record Permission(string Code, string Description, params string[] Roles);
