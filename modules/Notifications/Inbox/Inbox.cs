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

/// <summary>The caller's own notices, newest first; nobody reads another person's inbox.</summary>
[Requires(Access.SignedIn)]
public sealed record ListMyNotices(bool UnreadOnly = false, int Page = 1, int PageSize = 50) : IRequest<NoticePage>
{
    internal sealed class Handler(NotificationsDb db, ICurrentUser user) : IRequestHandler<ListMyNotices, NoticePage>
    {
        public async Task<NoticePage> Handle(ListMyNotices request, CancellationToken cancellationToken)
        {
            var me = Me.Id(user);
            var size = Math.Clamp(request.PageSize, 1, 200);
            var page = Math.Max(1, request.Page);
            var mine = db.Notices.AsNoTracking().Where(n => n.RecipientId == me);
            var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
            if (request.UnreadOnly)
            {
                mine = mine.Where(n => n.ReadAt == null);
            }

            var total = await mine.CountAsync(cancellationToken);
            var items = await mine.OrderByDescending(n => n.Id).Skip((page - 1) * size).Take(size)
                .Select(n => new NoticeView(n.Id.ToString(), n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt))
                .ToListAsync(cancellationToken);
            return new NoticePage(items, total, unread, page, size);
        }
    }
}

/// <summary>A notice as its recipient sees it.</summary>
public sealed record NoticeView(string Id, string Kind, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

public sealed record NoticePage(IReadOnlyList<NoticeView> Items, int Total, int Unread, int Page, int PageSize);

/// <summary>How many of the caller's notices are unread (the number beside 通知 in the menu).</summary>
[Requires(Access.SignedIn)]
public sealed record CountUnread : IRequest<int>
{
    internal sealed class Handler(NotificationsDb db, ICurrentUser user) : IRequestHandler<CountUnread, int>
    {
        public Task<int> Handle(CountUnread request, CancellationToken cancellationToken) =>
            user.UserId is not { } me ? Task.FromResult(0) : db.Notices.CountAsync(n => n.RecipientId == me && n.ReadAt == null, cancellationToken);
    }
}

/// <summary>Marks one of the caller's notices read and returns its link; another person's notice is not found.</summary>
[Requires(Access.SignedIn)]
public sealed record MarkRead(string Id) : IRequest<string?>
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

/// <summary>Marks all the caller's notices read; returns how many were unread.</summary>
[Requires(Access.SignedIn)]
public sealed record MarkAllRead : IRequest<int>
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

/// <summary>The caller's delivery setting, and whether the platform can send e-mail at all.</summary>
[Requires(Access.SignedIn)]
public sealed record GetMyDelivery : IRequest<DeliveryView>
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

public sealed record DeliveryView(string? Email, bool ByEmail, bool MailAvailable);

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

/// <summary>E-mails not sent yet or given up on, with their last error — for the administrator.</summary>
[Requires(NotificationsPermissions.Admin)]
public sealed record ListMailProblems(int Take = 200) : IRequest<IReadOnlyList<MailProblem>>
{
    internal sealed class Handler(NotificationsDb db) : IRequestHandler<ListMailProblems, IReadOnlyList<MailProblem>>
    {
        public async Task<IReadOnlyList<MailProblem>> Handle(ListMailProblems request, CancellationToken cancellationToken)
        {
            return await db.Mails.AsNoTracking()
                .Where(m => m.SentAt == null && (m.Attempts > 0 || m.GaveUpAt != null))
                .OrderByDescending(m => m.Id).Take(request.Take)
                .Select(m => new MailProblem(m.Id.ToString(), m.To, m.Subject, m.Attempts, m.LastError, m.NextAttemptAt, m.GaveUpAt, m.CreatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}

public sealed record MailProblem(string Id, string To, string Subject, int Attempts, string? LastError, DateTime NextAttemptAt, DateTime? GaveUpAt, DateTime CreatedAt);

/// <summary>The administrator asks for an unsent e-mail to be tried again now.</summary>
[Requires(NotificationsPermissions.Admin)]
public sealed record RetryMail(string Id) : IRequest, IAudited
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

internal static class Me
{
    public static string Id(ICurrentUser user) =>
        user.UserId is { } id && !user.IsSystem ? id : throw new ForbiddenException("请先登录。");
}
