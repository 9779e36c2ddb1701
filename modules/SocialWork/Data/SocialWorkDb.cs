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
            photo.WithOwner().HasForeignKey("VisitId");
            photo.HasKey(p => p.Id);
            photo.Property(p => p.Key).HasMaxLength(100).IsRequired();
            photo.Property(p => p.ViewKey).HasMaxLength(100).IsRequired();
            photo.Property(p => p.FileName).HasMaxLength(200).IsRequired();
            photo.Property(p => p.ContentType).HasMaxLength(50).IsRequired();
        });
        builder.Navigation(v => v.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
