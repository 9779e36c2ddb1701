using MediatR;
using Platform.Contracts.Notifications;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>Fans a notice out to every active holder of the role, as one batch.</summary>
internal sealed class NotifyRoleHandler(IMediator mediator) : IRequestHandler<NotifyRole, int>
{
    public async Task<int> Handle(NotifyRole request, CancellationToken cancellationToken)
    {
        var people = (await mediator.Send(new Platform.Contracts.Staff.GetStaffInRole(request.Role), cancellationToken)).Where(p => p.IsActive);
        return await mediator.Send(new NotifyMany(people.Select(p => new Notify(p.Id, request.Kind, request.Text, request.Link, $"{request.DedupeKey}:{p.Id}")).ToList()), cancellationToken);
    }
}
