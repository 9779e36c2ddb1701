using MediatR;
using Platform.Contracts.Notifications;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>Every elder owed a visit today or overdue joins the responsible worker's daily digest.</summary>
internal sealed class DueItemsHandler(ElderlyDb db) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        foreach (var elder in await DueElders.LinesAsync(db, notification.Day, null, notification.WorkerId, dueOnly: true, cancellationToken))
        {
            notification.Add(new DueItem(elder.WorkerId, ElderMessages.Module, "老年人探访", $"{elder.Name}（{ElderTerms.NameOf(elder.Tier)}，{ElderTerms.NameOf(elder.Every)}）", elder.NextDue, $"/elderly/visits/create?clientId={elder.ClientId}"));
        }
    }
}
