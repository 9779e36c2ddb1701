using MediatR;
using Platform.Contracts.Notifications;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>Every key child still owed this month's home visit joins the worker's daily digest, due by the month's end.</summary>
internal sealed class DueItemsHandler(ChildWelfareDb db, ChildWelfareRules rules) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        foreach (var child in await DueChildren.ListAsync(db, rules, notification.Day, null, notification.WorkerId, cancellationToken))
        {
            notification.Add(new DueItem(child.WorkerId, ChildMessages.Module, "儿童关爱探视", $"{child.Name}：本月尚未入户探视{(child.Risk == RiskLevel.High ? "（高风险）" : "")}", child.DueBy, $"/child-welfare/visits/create?clientId={child.ClientId}"));
        }
    }
}
