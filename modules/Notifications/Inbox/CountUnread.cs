using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>How many of the caller's notices are unread (the number beside 通知 in the menu).</summary>
[Requires(Access.SignedIn)]
internal sealed record CountUnread : IRequest<int>
{
    internal sealed class Handler(NotificationsDb db, ICurrentUser user) : IRequestHandler<CountUnread, int>
    {
        public Task<int> Handle(CountUnread request, CancellationToken cancellationToken) =>
            user.UserId is not { } me ? Task.FromResult(0) : db.Notices.CountAsync(n => n.RecipientId == me && n.ReadAt == null, cancellationToken);
    }
}
