using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Rules;
using Platform.Modules.Elderly.Api;
using Platform.Modules.Elderly.Data;

namespace Platform.Modules.Elderly;

/// <summary>
/// 特殊困难老年人探访关爱: elder profiles (situations, self-care in six daily activities, contacts, tier), the visit
/// frequency each is owed, care visits (credited as outreach), urgent findings told to the lead, the due and overdue
/// lists, the monthly visit rate. Shares only the registry, ledger, notification and staff contracts; may be switched off.
/// </summary>
public sealed class ElderlyModule : IModule
{
    public string Key => "elderly";

    public string Name => "老年人探访关爱";

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<ElderlyDb, SqliteElderlyDb, PostgresElderlyDb>(context);
        services.AddModuleRules<ElderlyRules>(context);
    }

    public void MapApi(RouteGroupBuilder api) => ElderlyApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("老年人探访", "Elderly", "/Elders/Index", ElderlyPermissions.View, Order: 175, Group: NavGroups.SpecialServices, Icon: "house-heart"),
    ];

    public IEnumerable<ClientAction> ClientActions =>
    [
        new("老年人探访档案", "/elderly/elders/details/{clientId}", ElderlyPermissions.View, Order: 45, ForCategories: ["ELDER_SPECIAL"]),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        new("老年人探访逾期", "/elderly/widgets/overdue", ElderlyPermissions.Overview, Order: 40, Wide: true),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(ElderlyPermissions.Overview, "查看各站点老年人探访概况", Roles.Lead, Roles.Bureau, Roles.Admin),
        new(ElderlyPermissions.View, "查看老年人探访档案和探访（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(ElderlyPermissions.Record, "登记老年人探访档案和探访", Roles.Worker),
        new(ElderlyPermissions.Withdraw, "撤回老年人探访（登记的社工或项目主管）", Roles.Worker, Roles.Lead, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("visit", "老年人探访"),
    ];
}

/// <summary>The elderly module's permission codes.</summary>
internal static class ElderlyPermissions
{
    public const string View = "elderly.view";
    public const string Record = "elderly.record";
    public const string Withdraw = "elderly.withdraw";
    public const string Overview = "elderly.overview";
}
