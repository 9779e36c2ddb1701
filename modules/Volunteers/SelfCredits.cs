using MediatR;
using Platform.Contracts.Ledger;

namespace Platform.Modules.Volunteers;

/// <summary>
/// While this module is on, VOLUNTEER hours come from closed sign-in sheets, so the ledger stops taking them by hand
/// (hours typed before stay). Switched off, this handler is not registered and hand entry is open again.
/// </summary>
internal sealed class SelfCredits : INotificationHandler<GatherSelfCreditedIndicators>
{
    public Task Handle(GatherSelfCreditedIndicators notification, CancellationToken cancellationToken)
    {
        notification.Add(Indicators.Volunteer, VolunteerMessages.Title);
        return Task.CompletedTask;
    }
}
