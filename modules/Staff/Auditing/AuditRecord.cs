using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Auditing;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>One line of the audit log. Network and access logs are kept at least 6 months (网络安全法 第21条).</summary>
internal sealed class AuditRecord
{
    public long Id { get; set; }

    /// <summary>The entry's own id: an entry delivered twice through an outbox is kept once.</summary>
    public string? EntryId { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string Action { get; set; } = "";

    public string? Target { get; set; }

    public AuditOutcome Outcome { get; set; }

    public string? Detail { get; set; }

    public string? RemoteAddress { get; set; }

    public static AuditRecord From(AuditEntry entry) => new()
    {
        EntryId = entry.EntryId,
        At = entry.At.UtcDateTime,
        UserId = entry.UserId,
        UserName = entry.UserName,
        Action = Cut(entry.Action, 100)!,
        Target = Cut(entry.Target, 100),
        Outcome = entry.Outcome,
        Detail = Cut(entry.Detail, 1000),
        RemoteAddress = Cut(entry.RemoteAddress, 50),
    };

    // The log must not fail the action it records because a message ran long; the cut is marked.
    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.UserId).HasMaxLength(36);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Target).HasMaxLength(100);
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Detail).HasMaxLength(1000);
        builder.Property(a => a.RemoteAddress).HasMaxLength(50);
        builder.Property(a => a.EntryId).HasMaxLength(32);
        builder.HasIndex(a => a.EntryId).IsUnique();
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.UserName, a.At });
    }
}

/// <remarks>
/// Writes through a context of its own: the request's context may hold the unsaved changes of a refused
/// command, which must not be committed along with the entry that records the refusal. Delivered from a module's
/// outbox (the entry of a change), it may come twice after a crash: the entry's id keeps it once.
/// </remarks>
internal sealed class WriteAuditEntryHandler(IServiceScopeFactory scopes) : IRequestHandler<WriteAuditEntry, Unit>
{
    public async Task<Unit> Handle(WriteAuditEntry request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StaffDb>();
        if (request.Entry.EntryId is { } id && await db.AuditRecords.AnyAsync(a => a.EntryId == id, cancellationToken))
        {
            return Unit.Value;
        }

        db.AuditRecords.Add(AuditRecord.From(request.Entry));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
