using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.Notifications.Api;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Digest;
using Platform.Modules.Notifications.Mail;

namespace Platform.Modules.Notifications;

/// <summary>
/// Notices and reminders: each person's inbox, e-mail through the configured SMTP server, the daily digest of work
/// due gathered from every module, and the administrator's view of the scheduled jobs.
/// </summary>
public sealed class NotificationsModule : IModule
{
    public string Key => "notifications";

    public string Name => "通知与提醒";

    public bool IsCore => true;

    public void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDb<NotificationsDb, SqliteNotificationsDb, PostgresNotificationsDb>(context);
        var mail = new MailOptions();
        context.Configuration.GetSection("Smtp").Bind(mail);
        services.AddSingleton(mail);
        services.AddSingleton<MailSignal>();
        services.AddSingleton<MailSender>();
        services.AddHostedService<MailPump>();
    }

    public void MapApi(RouteGroupBuilder api) => NotificationsApi.Map(api);

    public IEnumerable<NavItem> Navigation =>
    [
        new("通知", "Notifications", "/Index", Order: 5, BadgeUrl: "/notifications/unread", Icon: "bell"),
        new("今日待办", "Notifications", "/Due", NotificationsPermissions.Due, Order: 6, Icon: "list-task"),
        new("今日待办", "Notifications", "/Due", NotificationsPermissions.Due, Order: 30, Group: NavGroups.QuickActions, Icon: "list-task"),
        new("定时任务", "Notifications", "/Jobs", NotificationsPermissions.Admin, Order: 930, Group: NavGroups.System, Icon: "alarm"),
        new("通知设置", "Notifications", "/Settings", Order: 985, Group: NavGroups.UserMenu, Icon: "sliders"),
    ];

    public IEnumerable<ScheduledJob> Jobs =>
    [
        new(typeof(DailyDigestJob), "daily-digest", "0 30 7 * * ?", "每日待办：每天 7:30 把今天到期和逾期的探访跟进、个案追踪等发给每名社工"),
        new(typeof(MailDeliveryJob), "mail-delivery", "30 * * * * ?", "发送邮件：每分钟重试未发出的通知邮件（间隔逐次加长）"),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(NotificationsPermissions.Due, "查看自己的今日待办", Roles.Worker),
        new(NotificationsPermissions.Admin, "查看和运行定时任务、查看邮件发送情况", Roles.Admin),
    ];
}

/// <summary>The notifications module's permission codes.</summary>
internal static class NotificationsPermissions
{
    public const string Due = "notifications.due";
    public const string Admin = "notifications.admin";
}
