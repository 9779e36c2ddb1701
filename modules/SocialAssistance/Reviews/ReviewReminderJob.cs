using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Notifications;
using Platform.Modularity.Jobs;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>
/// Each morning: a care agreement entering its renewal window (<see cref="SocialAssistanceRules.AgreementRemindDays"/>) is
/// announced once (keyed by the agreement and its end). And a review that fell due (today, or in the last week while the platform was down) is announced once to the
/// worker responsible, besides its daily line in the digest. Keyed by programme and due day, so a rerun tells nobody twice
/// and the next period's review is announced again.
/// </summary>
internal sealed class ReviewReminderJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    /// <summary>How far back a missed morning is caught up.</summary>
    private const int CatchUpDays = 6;

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(services.GetRequiredService<TimeProvider>());
        var since = today.AddDays(-CatchUpDays);
        var db = services.GetRequiredService<SocialAssistanceDb>();
        var due = await DueReviews.Query(db, today, null, null)
            .Where(l => l.NextDue >= since && l.WorkerId != "")
            .ToListAsync(cancellationToken);

        // Care agreements entering the renewal window (or found in it for the first time): one notice each, ever.
        var rules = services.GetRequiredService<SocialAssistanceRules>();
        var expiring = await Agreements.AgreementLines.Due(db, today.AddDays(rules.AgreementRemindDays), null)
            .Where(l => l.EndedOn == null && l.EndOn >= today && l.WorkerId != "")
            .ToListAsync(cancellationToken);
        if (due.Count == 0 && expiring.Count == 0)
        {
            return "没有新到期的救助复核或照料协议";
        }

        var notices = due.Select(l => new Notify(
                l.WorkerId,
                "救助复核",
                $"{l.Name}的{l.Programme}应于 {l.NextDue:M月d日} 入户复核（每 {l.EveryMonths} 个月）。",
                SocialAssistanceMessages.ReviewLink(l.ClientId),
                $"social-assistance:review:{l.ProgrammeId}:{l.NextDue:yyyyMMdd}"))
            .Concat(expiring.Select(l => new Notify(
                l.WorkerId,
                "照料协议",
                $"{l.Name}与照料人{l.CarerName}的照料协议将于 {l.EndOn:M月d日} 到期，请及时续签。",
                SocialAssistanceMessages.Link(l.ClientId),
                $"social-assistance:agreement:{l.Id}:{l.EndOn:yyyyMMdd}")))
            .ToList();
        var sent = await services.GetRequiredService<IMediator>().Send(new NotifyMany(notices), cancellationToken);
        return $"发出 {sent} 条复核和照料协议提醒";
    }
}
