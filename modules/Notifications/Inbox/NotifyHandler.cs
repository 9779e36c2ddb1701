using MediatR;
using Platform.Contracts.Notifications;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>Delivers one notice: the same as a batch of one.</summary>
internal sealed class NotifyHandler(IMediator mediator) : IRequestHandler<Notify, Unit>
{
    public async Task<Unit> Handle(Notify request, CancellationToken cancellationToken)
    {
        await mediator.Send(new NotifyMany([request]), cancellationToken);
        return Unit.Value;
    }
}
