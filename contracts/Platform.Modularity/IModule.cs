using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Modularity;

/// <summary>
/// A plugin module: the one class through which the host learns what a module brings.
/// The host reads it once at start-up; there are no other life-cycle hooks.
/// </summary>
public interface IModule
{
    /// <summary>The key: area, URL segment, configuration key, schema and database-file name (e.g. <c>child-welfare</c>).</summary>
    string Key { get; }

    /// <summary>The Chinese display name.</summary>
    string Name { get; }

    /// <summary>Core modules serve contract requests and cannot be disabled.</summary>
    bool IsCore => false;

    /// <summary>Registers the module's services and database; MediatR handlers are found by the host.</summary>
    void ConfigureServices(IServiceCollection services, ModuleContext context);

    /// <summary>Maps the module's API on a group already under <c>/api/v1/&lt;key&gt;</c> and requiring a signed-in caller.</summary>
    void MapApi(RouteGroupBuilder api) { }

    /// <summary>Menu entries, shown to callers who hold their permission.</summary>
    IEnumerable<NavItem> Navigation => [];

    /// <summary>Buttons on a client's page (the registry's) leading into this module for that client.</summary>
    IEnumerable<ClientAction> ClientActions => [];

    /// <summary>Dashboard widgets, each an HTML fragment the dashboard loads.</summary>
    IEnumerable<DashboardWidget> Widgets => [];

    /// <summary>Scheduled jobs with their cron triggers (Asia/Shanghai).</summary>
    IEnumerable<ScheduledJob> Jobs => [];

    /// <summary>Permissions the module defines, with the roles that hold them.</summary>
    IEnumerable<Permission> Permissions => [];

    /// <summary>The kinds of record the module's messages name (<see cref="Records.RecordSource"/>), in words, for pages that list them.</summary>
    IEnumerable<RecordKind> RecordKinds => [];
}
