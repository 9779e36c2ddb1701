using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.ClientRegistry.Api;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry;

/// <summary>The client registry: one archive per person (建档), their categories, and who may see them.</summary>
public sealed class ClientRegistryModule : IModule
{
    public string Key => "registry";

    public string Name => "服务对象档案";

    public bool IsCore => true;

    public void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDb<RegistryDb, SqliteRegistryDb, PostgresRegistryDb>(context);

    public void MapApi(RouteGroupBuilder api) => RegistryApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("服务对象", "ClientRegistry", "/Clients/Index", RegistryPermissions.View, Order: 100, Group: NavGroups.Clients, Icon: "people"),
        new("登记服务对象", "ClientRegistry", "/Clients/Register", RegistryPermissions.Register, Order: 20, Group: NavGroups.QuickActions, Icon: "person-plus"),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        new("服务对象", "/registry/widgets/summary", RegistryPermissions.View, Order: 20),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(RegistryPermissions.View, "查看服务对象档案（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(RegistryPermissions.Register, "登记和修改服务对象档案", Roles.Worker, Roles.Lead, Roles.Admin),
        new(RegistryPermissions.Transfer, "把服务对象转到另一站点", Roles.Lead, Roles.Admin),
        new(RegistryPermissions.Delete, "彻底删除服务对象档案", Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("client", "服务对象档案"),
        new("archive", "服务对象建档"),
    ];
}

/// <summary>The registry's permission codes.</summary>
internal static class RegistryPermissions
{
    public const string View = "registry.clients.view";
    public const string Register = "registry.clients.register";
    public const string Transfer = "registry.clients.transfer";
    public const string Delete = "registry.clients.delete";
}
