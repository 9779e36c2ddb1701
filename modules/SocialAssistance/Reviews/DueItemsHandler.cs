using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Notifications;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>Every review owed on the day or overdue joins the responsible worker's daily digest and 今日待办 (one query for all workers).</summary>
internal sealed class DueItemsHandler(SocialAssistanceDb db, SocialAssistanceRules rules) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        foreach (var line in await DueReviews.Query(db, notification.Day, null, notification.WorkerId).ToListAsync(cancellationToken))
        {
            notification.Add(new DueItem(line.WorkerId, SocialAssistanceMessages.Module, "救助复核", $"{line.Name}（{line.Programme}，每 {line.EveryMonths} 个月）", line.NextDue, SocialAssistanceMessages.ReviewLink(line.ClientId)));
        }

        // 分散供养 特困 people owed this month's visit, or overdue.
        foreach (var line in await Visits.DueVisits.Query(db, notification.Day, null, notification.WorkerId).ToListAsync(cancellationToken))
        {
            notification.Add(new DueItem(line.WorkerId, SocialAssistanceMessages.Module, "特困探视", $"{line.Name}（分散供养，每 {line.EveryMonths} 个月探视）", line.NextDue, SocialAssistanceMessages.VisitLink(line.ClientId)));
        }

        // Care agreements to renew: ending within the reminder window, run out or ended early and not renewed.
        foreach (var a in await Agreements.AgreementLines.Due(db, notification.Day.AddDays(rules.AgreementRemindDays), notification.WorkerId).Where(l => l.WorkerId != "").ToListAsync(cancellationToken))
        {
            var what = a.EndedOn is not null ? "协议已提前终止，请重新签订" : a.LastDay < notification.Day ? "协议已过期，请续签" : "协议到期前请续签";
            notification.Add(new DueItem(a.WorkerId, SocialAssistanceMessages.Module, "照料协议", $"{a.Name}（照料人{a.CarerName}，{what}）", a.LastDay, SocialAssistanceMessages.Link(a.ClientId)));
        }

        // Open monitoring-alert verifications, each until it is closed (the digest marks the overdue).
        var tasks = db.VerificationTasks.AsNoTracking().Where(t => t.ClosedAt == null && t.WorkerId != "");
        if (notification.WorkerId is { } assignee)
        {
            tasks = tasks.Where(t => t.WorkerId == assignee);
        }

        foreach (var t in await tasks.Select(t => new { t.Id, t.WorkerId, t.Name, t.AlertType, t.DueOn }).ToListAsync(cancellationToken))
        {
            notification.Add(new DueItem(t.WorkerId, SocialAssistanceMessages.Module, "预警核查", $"{t.Name}（{t.AlertType}，入户核查）", t.DueOn, SocialAssistanceMessages.TaskLink(t.Id)));
        }

        // 临时救助 falling due within three days or overdue: a normal application to be decided, an emergency one's papers.
        var soon = notification.Day.AddDays(3);
        var aid = TemporaryAid.AidLines.Pending(db.AidApplications.AsNoTracking()).Where(a => a.DueOn <= soon);
        if (notification.WorkerId is { } worker)
        {
            aid = aid.Where(a => a.WorkerId == worker);
        }

        foreach (var a in await aid.ToListAsync(cancellationToken))
        {
            var what = a.Route == Domain.AidRoute.Emergency ? "先行救助补齐材料" : $"办结（现为{Domain.AidTerms.NameOf(a.Stage)}）";
            notification.Add(new DueItem(a.WorkerId, SocialAssistanceMessages.Module, "临时救助", $"{a.Name}（{Domain.AidTerms.CauseName(a.Cause)}，{what}）", a.DueOn, $"/{SocialAssistanceMessages.Module}/aid"));
        }
    }
}
