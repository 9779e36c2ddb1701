using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>Marks one of the caller's notices read and returns its link; another person's notice is not found.</summary>
[Requires(Access.SignedIn)]
internal sealed record MarkRead(string Id) : IRequest<string?>
{
    internal sealed class Handler(NotificationsDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkRead, string?>
    {
        public async Task<string?> Handle(MarkRead request, CancellationToken cancellationToken)
        {
            var me = Me.Id(user);
            var notice = long.TryParse(request.Id, out var id)
                ? await db.Notices.FirstOrDefaultAsync(n => n.Id == id && n.RecipientId == me, cancellationToken)
                : null;
            if (notice is null)
            {
                throw new NotFoundException("找不到这条通知。");
            }

            notice.MarkRead(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return notice.Link;
        }
    }
}
