using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Notifications;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Domain;
using Platform.Modules.Notifications.Mail;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>
/// Puts each notice whose dedupe key is new into its recipient's inbox and, for those who chose e-mail, queues an
/// e-mail — all in one transaction. When a concurrent run delivered some of the same keys first, the unique key
/// refuses the commit and the batch is checked again, so nothing is delivered twice.
/// </summary>
internal sealed class NotifyManyHandler(NotificationsDb db, MailOptions mail, MailSignal signal, TimeProvider clock) : IRequestHandler<NotifyMany, int>
{
    private const int Chunk = 500;

    public async Task<int> Handle(NotifyMany request, CancellationToken cancellationToken)
    {
        var notices = request.Notices.DistinctBy(n => n.DedupeKey).ToList();
        foreach (var notice in notices)
        {
            if (string.IsNullOrWhiteSpace(notice.RecipientId) || string.IsNullOrWhiteSpace(notice.DedupeKey) || string.IsNullOrWhiteSpace(notice.Text))
            {
                throw new ArgumentException("A notice needs a recipient, a text and a dedupe key.", nameof(request));
            }

            if (notice.Text.Length > NoticeLimits.Text || notice.DedupeKey.Length > NoticeLimits.Key || notice.Kind.Length > 20)
            {
                throw new ArgumentException($"Notice {notice.DedupeKey} is longer than an inbox keeps (text {NoticeLimits.Text}, key {NoticeLimits.Key}, kind 20).", nameof(request));
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await DeliverAsync(notices, cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another instance delivered some of these keys between our check and our commit: check again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> DeliverAsync(List<Notify> notices, CancellationToken cancellationToken)
    {
        var fresh = new List<Notify>();
        foreach (var chunk in notices.Chunk(Chunk))
        {
            var keys = chunk.Select(n => n.DedupeKey).ToList();
            var known = (await db.Notices.AsNoTracking().Where(n => keys.Contains(n.DedupeKey)).Select(n => n.DedupeKey).ToListAsync(cancellationToken)).ToHashSet();
            fresh.AddRange(chunk.Where(n => !known.Contains(n.DedupeKey)));
        }

        if (fresh.Count == 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recipients = fresh.Select(n => n.RecipientId).Distinct().ToList();
        var addresses = new Dictionary<string, string>();
        if (mail.IsConfigured)
        {
            foreach (var chunk in recipients.Chunk(Chunk))
            {
                foreach (var setting in await db.DeliverySettings.AsNoTracking().Where(s => chunk.Contains(s.UserId) && s.ByEmail && s.Email != null).ToListAsync(cancellationToken))
                {
                    addresses[setting.UserId] = setting.Email!;
                }
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = fresh.Select(n => (Request: n, Row: new Notice(n.RecipientId, n.Kind, n.Text, n.Link, n.DedupeKey, now))).ToList();
        db.Notices.AddRange(rows.Select(r => r.Row));
        await db.SaveChangesAsync(cancellationToken);
        var mails = rows.Where(r => addresses.ContainsKey(r.Request.RecipientId))
            .Select(r => new OutgoingMail(r.Row.Id, addresses[r.Request.RecipientId], MailText.Subject(r.Request), MailText.Body(r.Request, mail), now))
            .ToList();
        if (mails.Count > 0)
        {
            db.Mails.AddRange(mails);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (mails.Count > 0)
        {
            signal.Raise();
        }

        return fresh.Count;
    }
}
