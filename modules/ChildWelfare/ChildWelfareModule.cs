using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Rules;
using Platform.Modules.ChildWelfare.Api;
using Platform.Modules.ChildWelfare.Children;
using Platform.Modules.ChildWelfare.Data;

namespace Platform.Modules.ChildWelfare;

/// <summary>
/// 儿童福利: children's files (一人一档) with their computed care status, the project's key children and their monthly
/// care visits (credited CHILD_CARE), the mandatory report of a child in danger, the due list and its reminders.
/// Shares only the registry, ledger, notification and staff contracts; may be switched off.
/// </summary>
public sealed class ChildWelfareModule : IModule
{
    public string Key => "child-welfare";

    public string Name => "儿童福利";

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<ChildWelfareDb, SqliteChildWelfareDb, PostgresChildWelfareDb>(context);
        services.AddModuleRules<ChildWelfareRules>(context);
    }

    public void MapApi(RouteGroupBuilder api) => ChildWelfareApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("儿童关爱", "ChildWelfare", "/Children/Index", ChildWelfarePermissions.View, Order: 170, Group: NavGroups.SpecialServices, Icon: "balloon-heart"),
    ];

    public IEnumerable<ClientAction> ClientActions =>
    [
        new("儿童档案", "/child-welfare/children/details/{clientId}", ChildWelfarePermissions.View, Order: 40, ForCategories: ChildCategories.Codes),
    ];

    public IEnumerable<ScheduledJob> Jobs =>
    [
        new(typeof(KeyChildReminderJob), "key-child-reminders", "0 0 9 20 * ?", "重点关爱儿童探视提醒：每月 20 日，本月尚未入户探视的"),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        new("重点关爱儿童本月探视", "/child-welfare/widgets/key-children", ChildWelfarePermissions.Overview, Order: 30, Wide: true),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(ChildWelfarePermissions.Overview, "查看各站点儿童关爱概况", Roles.Lead, Roles.Bureau, Roles.Admin),
        new(ChildWelfarePermissions.View, "查看儿童档案和关爱探视（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(ChildWelfarePermissions.Record, "登记儿童档案和关爱探视", Roles.Worker),
        new(ChildWelfarePermissions.Withdraw, "撤回关爱探视（登记的社工或项目主管）", Roles.Worker, Roles.Lead, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("visit", "儿童关爱探视"),
    ];
}

/// <summary>The child-welfare module's permission codes.</summary>
internal static class ChildWelfarePermissions
{
    public const string View = "child-welfare.view";
    public const string Record = "child-welfare.record";
    public const string Withdraw = "child-welfare.withdraw";
    public const string Overview = "child-welfare.overview";
}
