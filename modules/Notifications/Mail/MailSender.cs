using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;
using Platform.Modularity;
using Platform.Modularity.Jobs;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Domain;

namespace Platform.Modules.Notifications.Mail;

/// <summary>Wakes the sender right after notices with e-mail were committed.</summary>
internal sealed class MailSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Raise()
    {
        try
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
        catch (SemaphoreFullException)
        {
            // Already raised: one pass sends both.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Sends the e-mails that are due through MailKit, one SMTP connection a batch. A batch is claimed with a lease, so
/// two host instances never send the same e-mail; a failure (refused, unreachable) is recorded and retried later.
/// </summary>
internal sealed class MailSender(IServiceScopeFactory scopes, MailOptions options, TimeProvider clock, ILogger<MailSender> log)
{
    private const int Batch = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<(int Sent, int Failed)> SendDueAsync(CancellationToken cancellationToken)
    {
        if (!options.IsConfigured)
        {
            return (0, 0);
        }

        int sent = 0, failed = 0, claimed;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDb>();
            var mails = await ClaimAsync(db, cancellationToken);
            claimed = mails.Count;
            if (claimed == 0)
            {
                break;
            }

            var (s, f) = await SendAsync(db, mails, cancellationToken);
            sent += s;
            failed += f;
        }
        while (claimed == Batch && !cancellationToken.IsCancellationRequested);

        return (sent, failed);
    }

    private async Task<List<OutgoingMail>> ClaimAsync(NotificationsDb db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = await db.Mails.AsNoTracking()
            .Where(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id).Take(Batch).Select(m => m.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        // One statement claims the batch; the lease end, unique to this claim, says which rows are ours.
        var leaseEnd = now + Lease + TimeSpan.FromTicks(Random.Shared.Next(1, 10_000_000));
        leaseEnd = new DateTime(leaseEnd.Ticks - leaseEnd.Ticks % 10, DateTimeKind.Utc);
        await db.Mails.Where(m => ids.Contains(m.Id) && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd), cancellationToken);
        return await db.Mails.Where(m => ids.Contains(m.Id) && m.LockedUntil == leaseEnd).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private async Task<(int Sent, int Failed)> SendAsync(NotificationsDb db, List<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port, options.Security, cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Cannot reach the SMTP server {Host}:{Port}; {Count} e-mails wait for the next try.", options.Host, options.Port, mails.Count);
            foreach (var mail in mails)
            {
                mail.Failed($"无法连接邮件服务器 {options.Host}:{options.Port}：{ex.Message}", clock.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync(cancellationToken);
            return (0, mails.Count);
        }

        foreach (var mail in mails)
        {
            if (!client.IsConnected)
            {
                // The server dropped us after a refusal: the rest of the batch waits for the next try.
                mail.Failed("邮件服务器断开了连接", clock.GetUtcNow().UtcDateTime);
                failed++;
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            try
            {
                var message = new MimeMessage();
                message.From.Add(MailboxAddress.Parse(options.From));
                message.To.Add(MailboxAddress.Parse(mail.To));
                message.Subject = mail.Subject;
                message.Body = new TextPart("plain") { Text = mail.Body };
                await client.SendAsync(message, cancellationToken);
                mail.Sent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogWarning(ex, "E-mail {Id} to {To} failed.", mail.Id, mail.To);
                mail.Failed($"发送失败：{ex.Message}", clock.GetUtcNow().UtcDateTime);
                failed++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(true, cancellationToken);
        }

        return (sent, failed);
    }
}

/// <summary>Sends e-mail right after the notices that need it are committed; the scheduled job retries underneath.</summary>
internal sealed class MailPump(MailSignal signal, MailSender sender, ILogger<MailPump> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken);
                await sender.SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                log.LogError(ex, "E-mail sending failed; the scheduled job will retry.");
            }
        }
    }
}

/// <summary>Sends what is due every minute: retries after back-off, and anything a crash left unsent.</summary>
internal sealed class MailDeliveryJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var (sent, failed) = await services.GetRequiredService<MailSender>().SendDueAsync(cancellationToken);
        return failed == 0 ? $"发送 {sent} 封邮件" : $"发送 {sent} 封邮件，{failed} 封失败（稍后重试）";
    }
}
