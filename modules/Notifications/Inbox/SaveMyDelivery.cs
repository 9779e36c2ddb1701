using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Domain;
using Platform.Modules.Notifications.Mail;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>The caller chooses how to be told: the inbox only, or the inbox and e-mail to an address of theirs.</summary>
[Requires(Access.SignedIn)]
public sealed class SaveMyDelivery : IRequest, IAudited
{
    [EmailAddress(ErrorMessage = "邮箱地址格式不正确。")]
    [StringLength(254, ErrorMessage = "邮箱地址太长。")]
    public string? Email { get; set; }

    public bool ByEmail { get; set; }

    string IAudited.AuditAction => "修改通知方式";

    string? IAudited.AuditTarget => null;

    string? IAudited.AuditDetail => ByEmail ? $"站内 + 邮件 {Email}" : "仅站内";

    internal sealed class Handler(NotificationsDb db, ICurrentUser user, MailOptions mail, TimeProvider clock) : IRequestHandler<SaveMyDelivery, Unit>
    {
        public async Task<Unit> Handle(SaveMyDelivery request, CancellationToken cancellationToken)
        {
            var me = Me.Id(user);
            var email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim();
            if (request.ByEmail && email is null)
            {
                throw new BusinessRuleException("选择邮件通知时请填写邮箱地址。", "email");
            }

            if (request.ByEmail && !mail.IsConfigured)
            {
                throw new BusinessRuleException("管理员尚未配置邮件服务器，暂时只能站内通知。", "byEmail");
            }

            var setting = await db.DeliverySettings.FirstOrDefaultAsync(s => s.UserId == me, cancellationToken);
            if (setting is null)
            {
                setting = new DeliverySetting(me);
                db.DeliverySettings.Add(setting);
            }

            setting.Email = email;
            setting.ByEmail = request.ByEmail;
            setting.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
