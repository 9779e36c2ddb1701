using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Rules;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Api;
using Platform.Modules.Volunteers.Data;

namespace Platform.Modules.Volunteers;

/// <summary>
/// 志愿服务: volunteers (one record a person across stations), teams, activities with QR sign-in and sign-out that needs
/// no account, hours as served, the linking worker's VOLUNTEER credit when the sheet is closed, the export for the
/// national volunteer system, and the community social organisations the station cultivates. Made from the kit's
/// template; a volunteer is not a registry client, so it keeps no client file. May be switched off.
/// </summary>
public sealed class VolunteersModule : IModule
{
    public string Key => VolunteerMessages.Module;

    public string Name => VolunteerMessages.Title;

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<VolunteersDb, SqliteVolunteersDb, PostgresVolunteersDb>(context);
        var rules = services.AddModuleRules<VolunteerRules>(context);
        services.AddSingleton<ScanCodes>();
        services.AddSingleton(new ScanLimiter(rules));
    }

    public void MapApi(RouteGroupBuilder api) => VolunteersApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("志愿服务活动", "Volunteers", "/Activities/Index", VolunteerPermissions.View, Order: 150, Group: VolunteerMessages.Title, Icon: "qr-code-scan"),
        new("志愿者", "Volunteers", "/People/Index", VolunteerPermissions.View, Order: 151, Group: VolunteerMessages.Title, Icon: "person-hearts"),
        new("志愿服务队", "Volunteers", "/Teams/Index", VolunteerPermissions.View, Order: 152, Group: VolunteerMessages.Title, Icon: "people"),
        new("社区社会组织", "Volunteers", "/Organisations/Index", VolunteerPermissions.View, Order: 153, Group: VolunteerMessages.Title, Icon: "diagram-3"),
        new("导出志愿服务记录", "Volunteers", "/Exports/Index", VolunteerPermissions.Export, Order: 154, Group: VolunteerMessages.Title, Icon: "file-earmark-spreadsheet"),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        new("志愿服务与社区社会组织", "/volunteers/widgets/counts", VolunteerPermissions.View, Order: 45, Wide: true),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(VolunteerPermissions.View, "查看志愿者、志愿服务活动和社区社会组织（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(VolunteerPermissions.Record, "登记志愿者和活动、签到签退、更正时间、结束登记（活动的社工或项目主管）", Roles.Worker, Roles.Lead),
        new(VolunteerPermissions.Export, "导出本站点的志愿服务记录（全国志愿服务信息系统）", Roles.Worker),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("activity", "志愿服务活动"),
    ];
}

/// <summary>The module's permission codes.</summary>
internal static class VolunteerPermissions
{
    public const string View = "volunteers.view";
    public const string Record = "volunteers.record";
    public const string Export = "volunteers.export";
}
