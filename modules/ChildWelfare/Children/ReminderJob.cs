using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Notifications;
using Platform.Contracts.Staff;
using Platform.Modularity.Jobs;
using Platform.Modules.ChildWelfare.Data;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>
/// On the 20th (<see cref="ChildWelfareRules.ReminderDay"/>): every key child still owed this month's home visit is
/// announced to the worker responsible, and each lead gets one list. Keyed by child and month, so a rerun or a catch-up
/// after downtime tells nobody twice; run before the 20th it does nothing.
/// </summary>
internal sealed class KeyChildReminderJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var rules = services.GetRequiredService<ChildWelfareRules>();
        var today = LocalTime.Today(services.GetRequiredService<TimeProvider>());
        if (today.Day < rules.ReminderDay)
        {
            return $"每月 {rules.ReminderDay} 日才提醒";
        }

        var due = await DueChildren.ListAsync(services.GetRequiredService<ChildWelfareDb>(), rules, today, null, null, cancellationToken);
        var mediator = services.GetRequiredService<IMediator>();
        var notices = due.Select(c => new Notify(
                c.WorkerId,
                "儿童关爱",
                $"{c.Name}本月尚未入户探视（每月 {rules.KeyChildHomeVisitsPerMonth} 次），请在 {c.DueBy:M月d日} 前完成。",
                $"/child-welfare/visits/create?clientId={c.ClientId}",
                $"child-welfare:due:{c.ClientId}:{today:yyyyMM}"))
            .ToList();
        if (due.Count > 0)
        {
            var names = await mediator.Send(new GetStationNames(), cancellationToken);
            var list = string.Join("；", due.GroupBy(c => c.StationId).Select(g => $"{names.GetValueOrDefault(g.Key, g.Key)} {g.Count()} 名（{string.Join("、", g.Take(10).Select(c => c.Name))}{(g.Count() > 10 ? "等" : "")}）"));
            var text = $"{today:yyyy年M月}尚未入户探视的重点关爱儿童 {due.Count} 名：{list}";
            text = text.Length > 1900 ? text[..1900] + "…" : text;
            foreach (var lead in (await mediator.Send(new GetStaffInRole(Roles.Lead), cancellationToken)).Where(l => l.IsActive))
            {
                notices.Add(new Notify(lead.Id, "儿童关爱", text, "/child-welfare/overview", $"child-welfare:due:{today:yyyyMM}:lead:{lead.Id}"));
            }
        }

        if (notices.Count == 0)
        {
            return "重点关爱儿童本月均已探视";
        }

        var sent = await mediator.Send(new NotifyMany(notices), cancellationToken);
        return $"发出 {sent} 条提醒";
    }
}
