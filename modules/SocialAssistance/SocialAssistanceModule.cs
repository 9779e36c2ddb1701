using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Rules;
using Platform.Modules.SocialAssistance.Api;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance;

/// <summary>
/// 社会救助: a household's assistance record (低保 / 特困 / 低保边缘 / 支出型, each period with its approval and end), the
/// reviews owed by programme and class from the rules, each a home visit with the economic assessment — whose comparison
/// with the local standards is shown as a reference only — credited as outreach. Shares only the contracts; may be switched off.
/// </summary>
public sealed class SocialAssistanceModule : IModule
{
    public string Key => SocialAssistanceMessages.Module;

    public string Name => "社会救助";

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<SocialAssistanceDb, SqliteSocialAssistanceDb, PostgresSocialAssistanceDb>(context);
        services.AddModuleRules<SocialAssistanceRules>(context);
    }

    public void MapApi(RouteGroupBuilder api) => SocialAssistanceApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("救助复核", "SocialAssistance", "/Households/Index", SocialAssistancePermissions.View, Order: 150, Group: NavGroups.SpecialServices, Icon: "house-check"),
        new("临时救助", "SocialAssistance", "/Aid/Index", SocialAssistancePermissions.View, Order: 151, Group: NavGroups.SpecialServices, Icon: "life-preserver"),
        new("预警核查", "SocialAssistance", "/Alerts/Index", SocialAssistancePermissions.View, Order: 152, Group: NavGroups.SpecialServices, Icon: "exclamation-diamond"),
        new("照料协议", "SocialAssistance", "/Agreements/Index", SocialAssistancePermissions.View, Order: 153, Group: NavGroups.SpecialServices, Icon: "file-earmark-check"),
    ];

    public IEnumerable<ScheduledJob> Jobs =>
    [
        new(typeof(Reviews.ReviewReminderJob), "review-reminders", "0 30 7 * * ?", "救助复核到期提醒：复核到期当天、照料协议到期前 30 天（按规则）各提醒负责社工一次"),
    ];

    public IEnumerable<ClientAction> ClientActions =>
    [
        new("社会救助档案", $"/{SocialAssistanceMessages.Module}/households/details/{{clientId}}", SocialAssistancePermissions.View, Order: 40, ForCategories: SocialAssistanceFiles.Eligible.Categories),
        new("临时救助申请", $"/{SocialAssistanceMessages.Module}/aid/create?clientId={{clientId}}", SocialAssistancePermissions.Record, Order: 41),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(SocialAssistancePermissions.View, "查看社会救助档案和复核（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(SocialAssistancePermissions.Record, "登记救助项目、入户复核与探访、照料协议、预警核查", Roles.Worker),
        new(SocialAssistancePermissions.Withdraw, "撤回社会救助复核（登记的社工或项目主管）", Roles.Worker, Roles.Lead, Roles.Admin),
        new(SocialAssistancePermissions.ImportAlerts, "导入低收入人口动态监测预警名单", Roles.Lead, Roles.Admin),
        new(SocialAssistancePermissions.Imports, "查看预警名单导入记录和未匹配的预警", Roles.Lead, Roles.Bureau, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("review", "救助复核"),
        new("care-visit", "特困人员探视"),
        new("verification", "预警核查"),
        new("care-agreement", "照料协议"),
        new("care-agreement-end", "照料协议终止"),
    ];
}

/// <summary>The module's permission codes.</summary>
internal static class SocialAssistancePermissions
{
    public const string View = "social-assistance.view";
    public const string Record = "social-assistance.record";
    public const string Withdraw = "social-assistance.withdraw";
    public const string ImportAlerts = "social-assistance.alerts.import";
    public const string Imports = "social-assistance.alerts.imports";
}
