using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Mail;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>The caller's delivery setting, and whether the platform can send e-mail at all.</summary>
[Requires(Access.SignedIn)]
internal sealed record GetMyDelivery : IRequest<DeliveryView>
{
    internal sealed class Handler(NotificationsDb db, ICurrentUser user, MailOptions mail) : IRequestHandler<GetMyDelivery, DeliveryView>
    {
        public async Task<DeliveryView> Handle(GetMyDelivery request, CancellationToken cancellationToken)
        {
            var me = Me.Id(user);
            var setting = await db.DeliverySettings.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
            return new DeliveryView(setting?.Email, setting?.ByEmail ?? false, mail.IsConfigured);
        }
    }
}

internal sealed record DeliveryView(string? Email, bool ByEmail, bool MailAvailable);
