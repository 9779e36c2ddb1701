using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>Marks all the caller's notices read; returns how many were unread.</summary>
[Requires(Access.SignedIn)]
internal sealed record MarkAllRead : IRequest<int>
{
    internal sealed class Handler(NotificationsDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<MarkAllRead, int>
    {
        public async Task<int> Handle(MarkAllRead request, CancellationToken cancellationToken)
        {
            var me = Me.Id(user);
            var now = clock.GetUtcNow().UtcDateTime;
            return await db.Notices.Where(n => n.RecipientId == me && n.ReadAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        }
    }
}
