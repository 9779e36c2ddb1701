using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Notifications;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>Every review owed on the day or overdue joins the responsible worker's daily digest and 今日待办 (one query for all workers).</summary>
internal sealed class DueItemsHandler(SocialAssistanceDb db) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        foreach (var line in await DueReviews.Query(db, notification.Day, null, notification.WorkerId).ToListAsync(cancellationToken))
        {
            notification.Add(new DueItem(line.WorkerId, SocialAssistanceMessages.Module, "救助复核", $"{line.Name}（{line.Programme}，每 {line.EveryMonths} 个月）", line.NextDue, SocialAssistanceMessages.ReviewLink(line.ClientId)));
        }
    }
}
