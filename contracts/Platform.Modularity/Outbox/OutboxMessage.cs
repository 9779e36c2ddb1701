using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Modularity.Outbox;

/// <summary>
/// A notification written in the same transaction as the change it announces, delivered after
/// commit and retried until every handler has acknowledged it (DESIGN rule 4).
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Primary key, also the delivery order.</summary>
    public long Id { get; private set; }

    /// <summary>A unique key for the message: source module and source id, e.g. <c>socialwork:visit:42</c>.</summary>
    public string MessageKey { get; private set; } = "";

    /// <summary>The notification's CLR type name (full name and assembly).</summary>
    public string Type { get; private set; } = "";

    /// <summary>The notification as JSON.</summary>
    public string Payload { get; private set; } = "";

    /// <summary>When the change was committed (UTC).</summary>
    public DateTime OccurredAt { get; private set; }

    /// <summary>When every handler acknowledged it; null while pending.</summary>
    public DateTime? ProcessedAt { get; internal set; }

    /// <summary>Delivery attempts so far.</summary>
    public int Attempts { get; internal set; }

    /// <summary>Not tried again before this time (back-off after a failure).</summary>
    public DateTime NextAttemptAt { get; internal set; }

    /// <summary>A delivering instance holds the message until this time, so that two instances do not deliver it at once.</summary>
    public DateTime? LockedUntil { get; internal set; }

    /// <summary>The host instance holding the claim (<c>Platform:InstanceName</c>): restarted, it takes its claims back at once.</summary>
    public string? LockedBy { get; internal set; }

    /// <summary>The last failure, for the administrator.</summary>
    public string? LastError { get; internal set; }

    private OutboxMessage()
    {
    }

    internal static OutboxMessage Create(string messageKey, string type, string payload, DateTime now) =>
        new() { MessageKey = messageKey, Type = type, Payload = payload, OccurredAt = now, NextAttemptAt = now };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(m => m.MessageKey).IsUnique();
        builder.Property(m => m.Type).HasMaxLength(500).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.LockedBy).HasMaxLength(100);
        builder.HasIndex(m => new { m.ProcessedAt, m.NextAttemptAt });
    }
}
