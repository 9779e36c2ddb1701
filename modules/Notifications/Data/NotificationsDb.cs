using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.Notifications.Domain;

namespace Platform.Modules.Notifications.Data;

/// <summary>The notifications module's own database: inboxes, delivery settings, e-mails to send and job runs.</summary>
internal abstract class NotificationsDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "notifications";

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<DeliverySetting> DeliverySettings => Set<DeliverySetting>();

    public DbSet<OutgoingMail> Mails => Set<OutgoingMail>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();
}

internal sealed class SqliteNotificationsDb(DbContextOptions<SqliteNotificationsDb> options) : NotificationsDb(options);

internal sealed class PostgresNotificationsDb(DbContextOptions<PostgresNotificationsDb> options) : NotificationsDb(options);

internal sealed class SqliteNotificationsDbFactory : SqliteDesignTimeFactory<SqliteNotificationsDb>;

internal sealed class PostgresNotificationsDbFactory : PostgresDesignTimeFactory<PostgresNotificationsDb>;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.RecipientId).HasMaxLength(64).IsRequired();
        builder.Property(n => n.Kind).HasMaxLength(20).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(NoticeLimits.Text).IsRequired();
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.DedupeKey).HasMaxLength(NoticeLimits.Key).IsRequired();
        builder.HasIndex(n => n.DedupeKey).IsUnique();
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
    }
}

internal sealed class DeliverySettingConfiguration : IEntityTypeConfiguration<DeliverySetting>
{
    public void Configure(EntityTypeBuilder<DeliverySetting> builder)
    {
        builder.ToTable("delivery_settings");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.Email).HasMaxLength(254);
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> builder)
    {
        builder.ToTable("mails");
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => m.NoticeId).IsUnique();
        builder.Property(m => m.To).HasMaxLength(254).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(200).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.HasIndex(m => new { m.SentAt, m.GaveUpAt, m.NextAttemptAt });
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("job_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Group).HasMaxLength(50).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.FireId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Result).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Node).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => new { r.Group, r.Name, r.StartedAt });
    }
}

/// <summary>The sizes a notice may have.</summary>
internal static class NoticeLimits
{
    public const int Text = 2000;

    public const int Key = 300;
}
