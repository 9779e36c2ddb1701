using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Rules;
using Platform.Modules.HourLedger.Api;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger;

/// <summary>The hour ledger: the indicator catalogue, targets, every credited hour and the progress against the year.</summary>
public sealed class HourLedgerModule : IModule
{
    public string Key => "ledger";

    public string Name => "服务时长台账";

    public bool IsCore => true;

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<LedgerDb, SqliteLedgerDb, PostgresLedgerDb>(context);
        services.AddModuleRules<LedgerRules>(context);
    }

    public void MapApi(RouteGroupBuilder api) => LedgerApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("时长进度", "HourLedger", "/Progress/Index", LedgerPermissions.View, Order: 200, Group: NavGroups.Hours, Icon: "graph-up"),
        new("登记工作时长", "HourLedger", "/Progress/Hours", LedgerPermissions.Log, Order: 210, Group: NavGroups.Hours, Icon: "stopwatch"),
        new("时长报表", "HourLedger", "/Progress/Report", LedgerPermissions.View, Order: 220, Group: NavGroups.Hours, Icon: "bar-chart-line"),
        new("服务目标", "HourLedger", "/Progress/Targets", LedgerPermissions.Catalogue, Order: 225, Group: NavGroups.Hours, Icon: "bullseye"),
        new("指标目录", "HourLedger", "/Progress/Catalogue", LedgerPermissions.Catalogue, Order: 230, Group: NavGroups.Hours, Icon: "list-check"),
        new("服务项目", "HourLedger", "/Progress/Projects", LedgerPermissions.Catalogue, Order: 228, Group: NavGroups.Hours, Icon: "kanban"),
        new("我的时长", "HourLedger", "/Progress/Index", LedgerPermissions.Log, Order: 40, Group: NavGroups.QuickActions, Icon: "hourglass-split"),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        // The lead and the bureau open on the stations side by side; a worker on their own pace.
        new("各站点服务时长", "/ledger/widgets/stations", LedgerPermissions.Compare, Order: 1, Wide: true),
        new("各站点每月服务时长", "/ledger/widgets/trend", LedgerPermissions.Compare, Order: 2, Wide: true),
        new("我的服务时长进度", "/ledger/widgets/progress", LedgerPermissions.Log, Order: 5),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(LedgerPermissions.View, "查看服务时长进度和报表（社工只见本人和本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(LedgerPermissions.Log, "登记本人的工作时长", Roles.Worker),
        new(LedgerPermissions.Catalogue, "查看服务项目、目标、指标目录和未能记入的时长（主管设定目标，管理员修改项目和目录）", Roles.Lead, Roles.Admin),
        new(LedgerPermissions.Compare, "在工作台比较各站点的服务时长", Roles.Lead, Roles.Bureau, Roles.Admin),
        new(LedgerPermissions.ManageProjects, "新建和修改服务项目、指标目录", Roles.Admin),
    ];
}

/// <summary>The ledger's permission codes.</summary>
internal static class LedgerPermissions
{
    public const string View = "ledger.view";
    public const string Log = "ledger.log";
    public const string Catalogue = "ledger.catalogue";
    public const string ManageProjects = "ledger.projects.manage";
    public const string Compare = "ledger.compare";
}
