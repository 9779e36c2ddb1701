using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Data;

/// <summary>The module's own database (SQLite file or PostgreSQL schema <c>resources</c>): the directory, the offered needs and the referrals.</summary>
internal abstract class ResourcesDb(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Module = "resources";

    protected override string ModuleKey => Module;

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<OfferedNeed> Needs => Set<OfferedNeed>();

    public DbSet<Referral> Referrals => Set<Referral>();

    /// <summary>
    /// The directory as the caller reads it: their station's entries and the district's (a worker), or every entry
    /// (those who see every station). The station filter alone would hide the district's entries from a worker.
    /// </summary>
    public IQueryable<Resource> VisibleResources()
    {
        var user = ModuleModel.CurrentUserOf(this);
        var all = user.SeesAllStations();
        var station = user.StationId;
        return Resources.IgnoreQueryFilters().Where(r => all || r.StationId == Resource.District || (station != null && r.StationId == station));
    }
}

internal sealed class SqliteResourcesDb(DbContextOptions<SqliteResourcesDb> options) : ResourcesDb(options);

internal sealed class PostgresResourcesDb(DbContextOptions<PostgresResourcesDb> options) : ResourcesDb(options);

internal sealed class SqliteResourcesDbFactory : SqliteDesignTimeFactory<SqliteResourcesDb>;

internal sealed class PostgresResourcesDbFactory : PostgresDesignTimeFactory<PostgresResourcesDb>;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("resources");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(32);
        builder.Property(r => r.StationId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Offers).HasMaxLength(500).IsRequired();
        builder.Property(r => r.ForWhom).HasMaxLength(200);
        builder.Property(r => r.Conditions).HasMaxLength(500);
        builder.Property(r => r.ContactPerson).HasMaxLength(50);
        builder.Property(r => r.ContactPhone).HasMaxLength(30);
        builder.Property(r => r.CreatedBy).HasMaxLength(64).IsRequired();
        builder.Ignore(r => r.IsDistrict);
        builder.HasIndex(r => new { r.StationId, r.Kind });
    }
}

internal sealed class OfferedNeedConfiguration : IEntityTypeConfiguration<OfferedNeed>
{
    public void Configure(EntityTypeBuilder<OfferedNeed> builder)
    {
        builder.ToTable("offered_needs");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.SourceModule).HasMaxLength(32).IsRequired();
        builder.Property(n => n.SourceId).HasMaxLength(100).IsRequired();
        builder.Property(n => n.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(n => n.ClientName).HasMaxLength(50).IsRequired();
        builder.Property(n => n.StationId).HasMaxLength(32).IsRequired();
        builder.Property(n => n.Kind).HasMaxLength(20).IsRequired();
        builder.Property(n => n.Description).HasMaxLength(500).IsRequired();
        builder.Property(n => n.WorkerId).HasMaxLength(64);
        builder.Property(n => n.Link).HasMaxLength(200);
        builder.Property(n => n.ReferralId).HasMaxLength(32);
        builder.Property(n => n.State).HasConversion<string>().HasMaxLength(12);
        builder.Property(n => n.DismissedReason).HasMaxLength(200);
        builder.Property(n => n.DismissedBy).HasMaxLength(64);
        builder.HasIndex(n => new { n.SourceModule, n.SourceId, n.Part }).IsUnique();
        builder.HasIndex(n => new { n.StationId, n.State });
        builder.HasIndex(n => n.ClientId);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(32);
        builder.Property(r => r.StationId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.MadeBy).HasMaxLength(64);
        builder.Property(r => r.MadeAtStationId).HasMaxLength(32);
        builder.Property(r => r.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ClientName).HasMaxLength(50).IsRequired();
        builder.Property(r => r.ResourceId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.ResourceName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.ResourceKind).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.NeedKind).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Need).HasMaxLength(500).IsRequired();
        builder.Property(r => r.NeedLink).HasMaxLength(200);
        builder.Property(r => r.Note).HasMaxLength(500);
        builder.Property(r => r.Outcome).HasMaxLength(1000);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(12);
        builder.Ignore(r => r.IsClosed);
        builder.HasIndex(r => new { r.StationId, r.Status });
        builder.HasIndex(r => new { r.WorkerId, r.FollowUpOn });
        builder.HasIndex(r => r.ClientId);
    }
}
