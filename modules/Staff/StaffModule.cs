using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.Staff.Api;
using Platform.Modules.Staff.Auditing;
using Platform.Modules.Staff.Compliance;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff;

/// <summary>Stations, accounts and roles: who works where, and who may see and change what.</summary>
public sealed class StaffModule : IModule
{
    public string Key => "staff";

    public string Name => "人员与站点";

    public bool IsCore => true;

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<StaffDb, SqliteStaffDb, PostgresStaffDb>(context);
        services.AddSingleton(AuditRetention.From(context.Configuration));
        services.AddIdentityCore<StaffUser>(o =>
            {
                // No account lock-out: anyone could trigger it for any name. Guessing is slowed per (account, address)
                // by the host's log-in limits instead (see AuthenticateUserHandler).
                o.Lockout.AllowedForNewUsers = false;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StaffDb>()
            .AddErrorDescriber<ChineseIdentityErrors>();

        // One key ring in the database for every host instance: cookies and tokens issued by one are read by all.
        services.AddDataProtection().SetApplicationName("civil-affairs-platform").PersistKeysToDbContext<StaffDb>();
    }

    public void MapApi(RouteGroupBuilder api) => StaffApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("人员合规", "staff", "/Compliance/Index", StaffPermissions.ViewCompliance, Order: 880, Group: NavGroups.Staff, Icon: "shield-check"),
        new("督导", "staff", "/Supervision/Index", StaffPermissions.ViewCompliance, Order: 885, Group: NavGroups.Staff, Icon: "chat-square-text"),
        new("账号", "staff", "/Accounts/Index", StaffPermissions.ViewAccounts, Order: 905, Group: NavGroups.System, Icon: "person-gear"),
        new("站点", "staff", "/Stations/Index", StaffPermissions.ViewStations, Order: 900, Group: NavGroups.System, Icon: "building"),
        new("审计日志", "staff", "/Audit/Index", StaffPermissions.ViewAudit, Order: 920, Group: NavGroups.System, Icon: "journal-text"),
        new("修改密码", "staff", "/Account/Password", Order: 980, Group: NavGroups.UserMenu, Icon: "key"),
    ];

    public IEnumerable<ScheduledJob> Jobs =>
    [
        new(typeof(CertificateReminderJob), "certificate-reminders", "0 0 8 * * ?", "社工证期限提醒：入职满一年前 90、30、7 天，逾期后每周"),
        new(typeof(SupervisionReminderJob), "supervision-reminders", "0 0 9 25 * ?", "督导不足提醒：每月 25 日，本月不足 2 小时"),
        new(typeof(TrainingReminderJob), "training-reminders", "0 0 9 1 1,4,7,10 ?", "培训进度提醒：每季度第一天，按每年 60 学时的进度"),
        new(typeof(AuditRetentionJob), "audit-retention", "0 30 3 * * ?", "审计日志保存期限：每天删除超过保存期限（默认 365 天，至少 183 天）的记录"),
    ];

    public IEnumerable<DashboardWidget> Widgets =>
    [
        new("我的站点", "/staff/widgets/my-station", Order: 10),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(StaffPermissions.ViewAccounts, "查看账号（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(StaffPermissions.ManageAccounts, "创建和修改账号", Roles.Admin),
        new(StaffPermissions.ViewStations, "查看站点", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(StaffPermissions.ManageStations, "创建和修改站点", Roles.Admin),
        new(StaffPermissions.ViewAudit, "查看审计日志", Roles.Admin),
        new(StaffPermissions.ViewCompliance, "查看人员合规、督导和培训（社工只见本人）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(StaffPermissions.ManageCompliance, "维护人员档案、登记督导", Roles.Lead, Roles.Admin),
        new(StaffPermissions.RecordTraining, "登记和撤销培训（社工只限本人的）", Roles.Worker, Roles.Lead, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("supervision", "督导记录"),
        new("training", "培训记录"),
    ];
}

/// <summary>The Staff module's permission codes (each an authorization policy of the same name).</summary>
internal static class StaffPermissions
{
    public const string ViewAccounts = "staff.accounts.view";
    public const string ManageAccounts = "staff.accounts.manage";
    public const string ViewStations = "staff.stations.view";
    public const string ManageStations = "staff.stations.manage";
    public const string ViewAudit = "staff.audit.view";
    public const string ViewCompliance = "staff.compliance.view";
    public const string ManageCompliance = "staff.compliance.manage";
    public const string RecordTraining = "staff.training.record";
}
