using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Data;

/// <summary>The elderly module's own database: elder profiles and care visits.</summary>
internal abstract class ElderlyDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "elderly";

    public DbSet<ElderProfile> Elders => Set<ElderProfile>();

    public DbSet<ElderVisit> Visits => Set<ElderVisit>();
}

internal sealed class SqliteElderlyDb(DbContextOptions<SqliteElderlyDb> options) : ElderlyDb(options);

internal sealed class PostgresElderlyDb(DbContextOptions<PostgresElderlyDb> options) : ElderlyDb(options);

internal sealed class SqliteElderlyDbFactory : SqliteDesignTimeFactory<SqliteElderlyDb>;

internal sealed class PostgresElderlyDbFactory : PostgresDesignTimeFactory<PostgresElderlyDb>;

internal sealed class ElderProfileConfiguration : IEntityTypeConfiguration<ElderProfile>
{
    public void Configure(EntityTypeBuilder<ElderProfile> builder)
    {
        builder.ToTable("elders");
        builder.HasKey(e => e.ClientId);
        foreach (var name in new[] { nameof(ElderProfile.Eating), nameof(ElderProfile.Dressing), nameof(ElderProfile.Transfer), nameof(ElderProfile.Toileting), nameof(ElderProfile.Walking), nameof(ElderProfile.Bathing) })
        {
            builder.Property(name).HasConversion<string>().HasMaxLength(10);
        }

        builder.Property(e => e.Tier).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.Every).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.EmergencyContacts).HasMaxLength(300);
        builder.Property(e => e.Carer).HasMaxLength(300);
        builder.Ignore(e => e.Activities);
        builder.HasIndex(e => new { e.StationId, e.Every });
        builder.HasIndex(e => new { e.WorkerId, e.Every });
    }
}

internal sealed class ElderVisitConfiguration : IEntityTypeConfiguration<ElderVisit>
{
    public void Configure(EntityTypeBuilder<ElderVisit> builder)
    {
        builder.ToTable("elder_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(32);
        builder.Property(v => v.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.StationId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Content).HasMaxLength(4000).IsRequired();
        foreach (var name in new[] { nameof(ElderVisit.Health), nameof(ElderVisit.Safety), nameof(ElderVisit.Living), nameof(ElderVisit.Needs) })
        {
            builder.Property(name).HasMaxLength(500);
        }

        builder.Property(v => v.NeedKind).HasMaxLength(20);
        builder.Property(v => v.WithdrawReason).HasMaxLength(200);
        builder.OwnsMany(v => v.Photos, photo =>
        {
            photo.ToTable("elder_visit_photos");
            photo.WithOwner().HasForeignKey("VisitId");
            photo.HasKey(p => p.Id);
            photo.Property(p => p.Key).HasMaxLength(200).IsRequired();
            photo.Property(p => p.ViewKey).HasMaxLength(200).IsRequired();
            photo.Property(p => p.FileName).HasMaxLength(200).IsRequired();
            photo.Property(p => p.ContentType).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(v => v.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(v => new { v.ClientId, v.VisitedOn });
        builder.HasIndex(v => new { v.StationId, v.VisitedOn });
    }
}
