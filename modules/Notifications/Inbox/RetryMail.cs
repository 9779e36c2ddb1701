using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Mail;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>The administrator asks for an unsent e-mail to be tried again now.</summary>
[Requires(NotificationsPermissions.Admin)]
internal sealed record RetryMail(string Id) : IRequest, IAudited
{
    string IAudited.AuditAction => "重发邮件";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(NotificationsDb db, MailSignal signal, TimeProvider clock) : IRequestHandler<RetryMail, Unit>
    {
        public async Task<Unit> Handle(RetryMail request, CancellationToken cancellationToken)
        {
            var mail = long.TryParse(request.Id, out var id) ? await db.Mails.FirstOrDefaultAsync(m => m.Id == id, cancellationToken) : null;
            if (mail is null)
            {
                throw new NotFoundException("找不到这封邮件。");
            }

            mail.RetryNow(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            signal.Raise();
            return Unit.Value;
        }
    }
}
