using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Notifications;
using Platform.Contracts.Staff;
using Platform.Modularity.Jobs;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>
/// Certificate deadlines (daily): a worker without a certificate, and every project lead, are told 90, 30 and 7 days
/// before the deadline (hiring + 1 year) and weekly once it has passed. Each warning is keyed by the threshold it
/// crossed, so a run on any later day (a host that was down) sends the one missed, and a second run sends nothing.
/// </summary>
internal sealed class CertificateReminderJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (mediator, day) = Reminders.Start(services);
        var report = await mediator.Send(new GetCompliance(Day: day), cancellationToken);
        var leads = await Reminders.LeadsAsync(mediator, cancellationToken);
        var notices = new List<Notify>();
        foreach (var worker in report.Workers.Where(w => w.CertificateStanding != CertificateStanding.Held && w.DaysToDeadline is not null))
        {
            var left = worker.DaysToDeadline!.Value;
            string occasion;
            if (left >= 0)
            {
                var threshold = ComplianceRules.CertificateWarnings.Where(t => t >= left).DefaultIfEmpty(-1).Min();
                if (threshold < 0)
                {
                    continue;
                }

                occasion = $"d{threshold}";
            }
            else
            {
                occasion = $"overdue-w{(-left - 1) / 7}";
            }

            var key = $"staff:certificate:{worker.WorkerId}:{worker.CertificateDeadline:yyyyMMdd}:{occasion}";
            var reason = worker.NotEligibleReason is { } r ? $"（暂不具备报考条件：{r}）" : "";
            var link = $"/staff/compliance/worker/{worker.WorkerId}";
            var own = left >= 0
                ? $"您尚未取得社会工作者职业资格证书，须在 {worker.CertificateDeadline:yyyy-MM-dd} 前取得（还有 {left} 天）{reason}。"
                : $"您尚未取得社会工作者职业资格证书，已超过入职一年的期限 {-left} 天（{worker.CertificateDeadline:yyyy-MM-dd}）{reason}。";
            notices.Add(new Notify(worker.WorkerId, NoticeKinds.Certificate, own, link, key));
            var toLead = left >= 0
                ? $"{worker.Name}（{worker.StationName}）尚未取得社工证，须在 {worker.CertificateDeadline:yyyy-MM-dd} 前取得（还有 {left} 天）{reason}。"
                : $"{worker.Name}（{worker.StationName}）入职满一年仍未取得社工证，已逾期 {-left} 天{reason}，按招标文件应予更换。";
            notices.AddRange(leads.Select(lead => new Notify(lead.Id, NoticeKinds.Certificate, toLead, link, $"{key}:lead:{lead.Id}")));
        }

        return await Reminders.SendAsync(mediator, notices, cancellationToken);
    }
}

/// <summary>
/// Supervision shortfall (the 25th of each month): each worker below 2 hours this month is told how much is missing,
/// and each lead gets one list. Run on another day (a host that was down on the 25th), it announces the latest 25th's month.
/// </summary>
internal sealed class SupervisionReminderJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (mediator, today) = Reminders.Start(services);
        var current = today.Day >= ComplianceRules.SupervisionCheckDay;
        var month = current ? new DateOnly(today.Year, today.Month, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var asOf = current ? today : month.AddMonths(1).AddDays(-1);
        var report = await mediator.Send(new GetCompliance(Day: asOf), cancellationToken);
        var leads = await Reminders.LeadsAsync(mediator, cancellationToken);
        var shortOnes = report.Workers.Where(w => w.SupervisionShortThisMonth > 0 && (w.HiredOn is null || w.HiredOn <= asOf)).ToList();
        var notices = shortOnes.Select(w => new Notify(
                w.WorkerId,
                NoticeKinds.Supervision,
                current
                    ? $"本月您接受督导 {w.SupervisionThisMonth:0.#} 小时，还差 {w.SupervisionShortThisMonth:0.#} 小时（每月不少于 2 小时），请在月底前安排。"
                    : $"{month:yyyy年M月}您接受督导 {w.SupervisionThisMonth:0.#} 小时，少于每月 2 小时。",
                $"/staff/compliance/worker/{w.WorkerId}",
                $"staff:supervision:{w.WorkerId}:{month:yyyy-MM}"))
            .ToList();
        if (shortOnes.Count > 0)
        {
            var list = Reminders.List(shortOnes.Select(w => $"{w.Name}（{w.StationName}）{w.SupervisionThisMonth:0.#} 小时").ToList());
            notices.AddRange(leads.Select(lead => new Notify(
                lead.Id,
                NoticeKinds.Supervision,
                $"{month:yyyy年M月}督导不足 2 小时的社工 {shortOnes.Count} 名：{list}。",
                "/staff/compliance",
                $"staff:supervision:{month:yyyy-MM}:lead:{lead.Id}")));
        }

        return await Reminders.SendAsync(mediator, notices, cancellationToken);
    }
}

/// <summary>
/// Training pace (the first day of each quarter, for the quarter just ended): a worker behind the pro-rated 60 hours
/// a year is told by how much, and each lead gets one list.
/// </summary>
internal sealed class TrainingReminderJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (mediator, today) = Reminders.Start(services);
        var quarterStart = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        var asOf = quarterStart.AddDays(-1);
        var quarter = $"{asOf.Year}Q{(asOf.Month - 1) / 3 + 1}";
        var report = await mediator.Send(new GetCompliance(Day: asOf), cancellationToken);
        var leads = await Reminders.LeadsAsync(mediator, cancellationToken);
        var behind = report.Workers.Where(w => w.TrainingBehind > 0 && (w.HiredOn is null || w.HiredOn <= asOf)).ToList();
        var notices = behind.Select(w => new Notify(
                w.WorkerId,
                NoticeKinds.Training,
                $"截至 {asOf:yyyy-MM-dd}，您今年的继续教育为 {w.TrainingThisYear:0.#} 学时，按每年 60 学时的进度应有 {w.TrainingExpectedByNow:0.#} 学时，落后 {w.TrainingBehind:0.#} 学时。",
                $"/staff/compliance/worker/{w.WorkerId}",
                $"staff:training:{w.WorkerId}:{quarter}"))
            .ToList();
        if (behind.Count > 0)
        {
            var list = Reminders.List(behind.Select(w => $"{w.Name}（{w.StationName}）落后 {w.TrainingBehind:0.#} 学时").ToList());
            notices.AddRange(leads.Select(lead => new Notify(
                lead.Id,
                NoticeKinds.Training,
                $"截至 {asOf:yyyy-MM-dd}，培训进度落后的社工 {behind.Count} 名：{list}。",
                "/staff/compliance",
                $"staff:training:{quarter}:lead:{lead.Id}")));
        }

        return await Reminders.SendAsync(mediator, notices, cancellationToken);
    }
}

internal static class Reminders
{
    /// <summary>Names listed in a lead's notice before "等 n 名" (the compliance page has them all).</summary>
    public const int MostListed = 15;

    public static string List(IReadOnlyList<string> entries) =>
        string.Join("；", entries.Take(MostListed)) + (entries.Count > MostListed ? $"……等 {entries.Count} 名，详见人员合规" : "");

    public static (IMediator Mediator, DateOnly Today) Start(IServiceProvider services) =>
        (services.GetRequiredService<IMediator>(), LocalTime.Today(services.GetRequiredService<TimeProvider>()));

    public static async Task<IReadOnlyList<StaffMember>> LeadsAsync(IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetStaffInRole(Roles.Lead), cancellationToken)).Where(l => l.IsActive).ToList();

    public static async Task<string> SendAsync(IMediator mediator, List<Notify> notices, CancellationToken cancellationToken)
    {
        if (notices.Count == 0)
        {
            return "无需提醒";
        }

        var sent = await mediator.Send(new NotifyMany(notices), cancellationToken);
        return sent == notices.Count ? $"发出 {sent} 条提醒" : $"发出 {sent} 条提醒（{notices.Count - sent} 条此前已发过）";
    }
}
