using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.SocialWork.Domain;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Data;

/// <summary>The social-work module's own database: visits (and, as they come, cases, groups and activities).</summary>
internal abstract class SocialWorkDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "socialwork";

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<Case> Cases => Set<Case>();
}

internal sealed class SqliteSocialWorkDb(DbContextOptions<SqliteSocialWorkDb> options) : SocialWorkDb(options);

internal sealed class PostgresSocialWorkDb(DbContextOptions<PostgresSocialWorkDb> options) : SocialWorkDb(options);

internal sealed class SqliteSocialWorkDbFactory : SqliteDesignTimeFactory<SqliteSocialWorkDb>;

internal sealed class PostgresSocialWorkDbFactory : PostgresDesignTimeFactory<PostgresSocialWorkDb>;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.ToTable("visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(32);
        builder.Property(v => v.StationId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Content).HasMaxLength(VisitRules.ContentLength).IsRequired();
        builder.Property(v => v.Place).HasMaxLength(100);
        builder.Property(v => v.FollowUpNote).HasMaxLength(200);
        builder.Property(v => v.WithdrawReason).HasMaxLength(200);
        builder.PrimitiveCollection(v => v.CompanionIds);
        builder.HasIndex(v => new { v.StationId, v.VisitedAt });
        builder.HasIndex(v => new { v.WorkerId, v.VisitedAt });
        builder.HasIndex(v => v.FollowUpOn);
        builder.OwnsMany(v => v.Clients, client =>
        {
            client.ToTable("visit_clients");
            client.WithOwner().HasForeignKey("VisitId");
            client.HasKey(c => c.Id);
            client.Property(c => c.ClientId).HasMaxLength(32).IsRequired();
            client.Property(c => c.Name).HasMaxLength(50).IsRequired();
            client.HasIndex(c => c.ClientId);
        });
        builder.Navigation(v => v.Clients).HasField("_clients").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(v => v.Needs, need =>
        {
            need.ToTable("visit_needs");
            need.WithOwner().HasForeignKey("VisitId");
            need.HasKey(n => n.Id);
            need.Property(n => n.ClientId).HasMaxLength(32).IsRequired();
            need.Property(n => n.Kind).HasMaxLength(30).IsRequired();
            need.Property(n => n.Description).HasMaxLength(200).IsRequired();
            need.Property(n => n.Priority).HasConversion<string>().HasMaxLength(10);
        });
        builder.Navigation(v => v.Needs).HasField("_needs").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(v => v.Photos, photo =>
        {
            photo.ToTable("visit_photos");
            Attachments.Configure(photo, "VisitId");
        });
        builder.Navigation(v => v.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.StationId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Size).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Theme).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Place).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Partners).HasMaxLength(200);
        builder.Property(a => a.Plan).HasMaxLength(2000);
        builder.Property(a => a.Volunteers).HasMaxLength(500);
        builder.Property(a => a.Summary).HasMaxLength(4000);
        builder.Property(a => a.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(a => new { a.StationId, a.Date });
        builder.HasIndex(a => new { a.WorkerId, a.Date });
        builder.OwnsMany(a => a.Attachments, attachment =>
        {
            attachment.ToTable("activity_attachments");
            Attachments.Configure(attachment, "ActivityId");
        });
        builder.Navigation(a => a.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(a => a.Clients, client =>
        {
            client.ToTable("activity_clients");
            client.WithOwner().HasForeignKey("ActivityId");
            client.HasKey(c => c.Id);
            client.Property(c => c.ClientId).HasMaxLength(32).IsRequired();
            client.Property(c => c.Name).HasMaxLength(50).IsRequired();
            client.HasIndex(c => c.ClientId);
        });
        builder.Navigation(a => a.Clients).HasField("_clients").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).HasMaxLength(32);
        builder.Property(g => g.StationId).HasMaxLength(32).IsRequired();
        builder.Property(g => g.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(g => g.Name).HasMaxLength(100).IsRequired();
        builder.Property(g => g.Target).HasMaxLength(100).IsRequired();
        builder.Property(g => g.Plan).HasMaxLength(4000).IsRequired();
        builder.PrimitiveCollection(g => g.PlannedSessions);
        builder.Ignore(g => g.ActiveMembers);
        builder.Ignore(g => g.CountedSessionList);
        builder.Property(g => g.Summary).HasMaxLength(4000);
        builder.Property(g => g.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(g => new { g.StationId, g.CreatedAt });
        builder.HasIndex(g => new { g.WorkerId, g.CreatedAt });
        builder.OwnsMany(g => g.Members, member =>
        {
            member.ToTable("group_members");
            member.WithOwner().HasForeignKey("GroupId");
            member.HasKey(m => m.Id);
            member.Property(m => m.ClientId).HasMaxLength(32);
            member.Property(m => m.Name).HasMaxLength(50).IsRequired();
            member.HasIndex(m => m.ClientId);
        });
        builder.Navigation(g => g.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(g => g.Sessions, session =>
        {
            session.ToTable("group_sessions");
            session.WithOwner().HasForeignKey("GroupId");
            session.HasKey(s => s.Id);
            session.Property(s => s.Topic).HasMaxLength(100).IsRequired();
            session.Property(s => s.ProcessRecord).HasMaxLength(4000);
            session.PrimitiveCollection(s => s.Present);
        });
        builder.Navigation(g => g.Sessions).HasField("_sessions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.ToTable("cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.StationId).HasMaxLength(32).IsRequired();
        builder.Property(c => c.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(c => c.ClientName).HasMaxLength(50).IsRequired();
        builder.Property(c => c.Intake).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(c => new { c.StationId, c.OpenedOn });
        builder.HasIndex(c => new { c.WorkerId, c.OpenedOn });
        builder.HasIndex(c => c.ClientId);
        builder.OwnsMany(c => c.Documents, document =>
        {
            document.ToTable("case_documents");
            document.WithOwner().HasForeignKey("CaseId");
            document.HasKey(d => d.Id);
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
            document.Property(d => d.Content).HasMaxLength(8000).IsRequired();
            document.Property(d => d.Extra).HasMaxLength(2000);
        });
        builder.Navigation(c => c.Documents).HasField("_documents").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(c => c.Attachments, attachment =>
        {
            attachment.ToTable("case_attachments");
            Attachments.Configure(attachment, "CaseId");
        });
        builder.Navigation(c => c.Attachments).HasField("_attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(c => c.Transfers, transfer =>
        {
            transfer.ToTable("case_transfers");
            transfer.WithOwner().HasForeignKey("CaseId");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.FromWorkerId).HasMaxLength(64).IsRequired();
            transfer.Property(t => t.ToWorkerId).HasMaxLength(64).IsRequired();
            transfer.Property(t => t.Reason).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(c => c.Transfers).HasField("_transfers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The columns of an attachment, the same in every table that keeps them.</summary>
internal static class Attachments
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Attachment> attachment, string ownerKey) where TOwner : class
    {
        attachment.WithOwner().HasForeignKey(ownerKey);
        attachment.HasKey(a => a.Id);
        attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        attachment.Property(a => a.Key).HasMaxLength(100).IsRequired();
        attachment.Property(a => a.ViewKey).HasMaxLength(100).IsRequired();
        attachment.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        attachment.Property(a => a.ContentType).HasMaxLength(50).IsRequired();
    }
}
