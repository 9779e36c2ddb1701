namespace Platform.Modules.Notifications.Domain;

/// <summary>A notice in one person's inbox; its dedupe key is unique, so the same occasion is never delivered twice.</summary>
internal sealed class Notice
{
    private Notice()
    {
    }

    public Notice(string recipientId, string kind, string text, string? link, string dedupeKey, DateTime createdAt)
    {
        RecipientId = recipientId;
        Kind = kind;
        Text = text;
        Link = link;
        DedupeKey = dedupeKey;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string RecipientId { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string Text { get; private set; } = "";

    public string? Link { get; private set; }

    public string DedupeKey { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;
}

/// <summary>How a person wants to be told: always in the inbox, and by e-mail when they chose it and gave an address.</summary>
internal sealed class DeliverySetting
{
    private DeliverySetting()
    {
    }

    public DeliverySetting(string userId) => UserId = userId;

    public string UserId { get; private set; } = "";

    public string? Email { get; set; }

    public bool ByEmail { get; set; }

    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// An e-mail copy of a notice, written with it and sent by the mail sender; a refused or failed send is retried with
/// growing back-off (<see cref="MailRules"/>) and, after the last attempt, left for the administrator to see.
/// </summary>
internal sealed class OutgoingMail
{
    private OutgoingMail()
    {
    }

    public OutgoingMail(long noticeId, string to, string subject, string body, DateTime now)
    {
        NoticeId = noticeId;
        To = to;
        Subject = subject;
        Body = body;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }

    public long NoticeId { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>Set when the last attempt failed: no more automatic retries.</summary>
    public DateTime? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>A sending instance holds the mail until this time, so that two instances do not both send it.</summary>
    public DateTime? LockedUntil { get; set; }

    public void Sent(DateTime now)
    {
        Attempts++;
        SentAt = now;
        LockedUntil = null;
    }

    public void Failed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        LockedUntil = null;
        if (Attempts >= MailRules.MostAttempts)
        {
            GaveUpAt = now;
        }
        else
        {
            NextAttemptAt = now + MailRules.BackOff(Attempts);
        }
    }

    /// <summary>The administrator asks for another try now (also after giving up).</summary>
    public void RetryNow(DateTime now)
    {
        if (SentAt is not null)
        {
            return;
        }

        GaveUpAt = null;
        NextAttemptAt = now;
        if (Attempts >= MailRules.MostAttempts)
        {
            Attempts = MailRules.MostAttempts - 1;
        }
    }
}

/// <summary>Retries of an e-mail: 1, 2, 4 … minutes apart, at most 6 hours, 10 attempts in all (about a day and a half).</summary>
internal static class MailRules
{
    public const int MostAttempts = 10;

    public static TimeSpan BackOff(int attempts) => TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, attempts - 1)));
}

/// <summary>One run of a scheduled job, kept for the administrator's jobs page.</summary>
internal sealed class JobRun
{
    public long Id { get; private set; }

    public string Group { get; init; } = "";

    public string Name { get; init; } = "";

    public string FireId { get; init; } = "";

    public DateTime ScheduledAt { get; init; }

    public DateTime StartedAt { get; init; }

    public DateTime FinishedAt { get; init; }

    public bool Succeeded { get; init; }

    public string Result { get; init; } = "";

    public string Node { get; init; } = "";
}
