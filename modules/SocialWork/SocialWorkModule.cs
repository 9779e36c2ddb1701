using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.SocialWork.Api;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork;

/// <summary>The professional methods of social work (tender 4.1): outreach visits, casework, group work and community activities.</summary>
public sealed class SocialWorkModule : IModule
{
    public string Key => "socialwork";

    public string Name => "社会工作服务";

    public bool IsCore => true;

    public void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDb<SocialWorkDb, SqliteSocialWorkDb, PostgresSocialWorkDb>(context);

    public void MapApi(RouteGroupBuilder api) => SocialWorkApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("探访", "SocialWork", "/Visits/Index", SocialWorkPermissions.View, Order: 150, Group: NavGroups.SocialWork, Icon: "person-walking"),
        new("登记探访", "SocialWork", "/Visits/Create", SocialWorkPermissions.Record, Order: 10, Group: NavGroups.QuickActions, Icon: "journal-plus"),
        new("个案", "SocialWork", "/Cases/Index", SocialWorkPermissions.View, Order: 152, Group: NavGroups.SocialWork, Icon: "folder2-open"),
        new("小组", "SocialWork", "/Groups/Index", SocialWorkPermissions.View, Order: 155, Group: NavGroups.SocialWork, Icon: "diagram-3"),
        new("社区活动", "SocialWork", "/Activities/Index", SocialWorkPermissions.View, Order: 160, Group: NavGroups.SocialWork, Icon: "calendar-event"),
        new("待完善", "SocialWork", "/Pending/Index", SocialWorkPermissions.View, Order: 165, Group: NavGroups.SocialWork, Icon: "pencil-square"),
    ];

    public IEnumerable<ClientAction> ClientActions =>
    [
        new("登记探访", "/socialwork/visits/create?clientId={clientId}", SocialWorkPermissions.Record, Order: 10),
        new("探访记录", "/socialwork/visits?clientId={clientId}", SocialWorkPermissions.View, Order: 20),
        new("接案", "/socialwork/cases/create?clientId={clientId}", SocialWorkPermissions.Record, Order: 30),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(SocialWorkPermissions.View, "查看探访等服务记录（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(SocialWorkPermissions.Record, "登记探访等服务记录", Roles.Worker),
        new(SocialWorkPermissions.Manage, "处理负责的服务记录（续写、结项、转介、撤回；项目主管可处理任何人的）", Roles.Worker, Roles.Lead, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("visit", "探访记录"),
        new("case", "个案"),
        new("group", "小组"),
        new("activity", "社区活动"),
    ];
}

/// <summary>The social-work module's permission codes.</summary>
internal static class SocialWorkPermissions
{
    public const string View = "socialwork.view";
    public const string Record = "socialwork.record";
    public const string Manage = "socialwork.manage";
}
