using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.Resources.Api;
using Platform.Modules.Resources.Data;

namespace Platform.Modules.Resources;

/// <summary>
/// 链接资源: a directory of resources (policies, charities, community and volunteer organisations, enterprises,
/// public services) per station and for the district; referrals (转介) of a client's need to one of them, followed
/// 已转介 → 已对接 → 已解决 / 未能解决 with a follow-up day in the digest; the needs other modules offer through the
/// <c>OfferNeedForReferral</c> contract, kept as a 待链接 list (or set aside as 无需转介 with the reason); open referrals and waiting
/// needs follow a client who moves station; and how many needs were linked and met, per station.
/// Shares only the registry, notification and resource contracts; may be switched off.
/// </summary>
public sealed class ResourcesModule : IModule
{
    public string Key => ResourcesDb.Module;

    public string Name => "链接资源";

    public void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDb<ResourcesDb, SqliteResourcesDb, PostgresResourcesDb>(context);

    public void MapApi(RouteGroupBuilder api) => ResourcesApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("链接资源", "Resources", "/Index", ResourcesPermissions.View, Order: 190, Group: NavGroups.SpecialServices, Icon: "diagram-3"),
    ];

    public IEnumerable<ClientAction> ClientActions =>
    [
        new("转介资源", $"/{ResourcesDb.Module}/referrals/create?clientId={{clientId}}", ResourcesPermissions.Refer, Order: 90),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        new("需求链接资源", $"/{ResourcesDb.Module}/widgets/linked", ResourcesPermissions.Overview, Order: 60, Wide: true),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(ResourcesPermissions.View, "查看资源目录和转介（社工只见本站点和全区的资源）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(ResourcesPermissions.Directory, "维护资源目录（社工：本站点；项目主管、管理员：全区）", Roles.Worker, Roles.Lead, Roles.Admin),
        new(ResourcesPermissions.Refer, "为服务对象转介资源", Roles.Worker),
        new(ResourcesPermissions.Follow, "跟进转介、更新转介状态（转介的社工或项目主管）", Roles.Worker, Roles.Lead, Roles.Admin),
        new(ResourcesPermissions.Dismiss, "将待链接需求标为无需转介（需求所在站点的社工或项目主管）", Roles.Worker, Roles.Lead),
        new(ResourcesPermissions.Overview, "查看各站点需求链接资源情况", Roles.Lead, Roles.Bureau, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("referral", "资源转介"),
    ];
}

/// <summary>The module's permission codes.</summary>
internal static class ResourcesPermissions
{
    public const string View = "resources.view";
    public const string Directory = "resources.directory";
    public const string Refer = "resources.refer";
    public const string Follow = "resources.follow";
    public const string Dismiss = "resources.dismiss";
    public const string Overview = "resources.overview";
}
