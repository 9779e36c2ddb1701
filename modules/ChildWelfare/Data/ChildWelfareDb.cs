using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Data;

/// <summary>The child-welfare module's own database: children's files and care visits.</summary>
internal abstract class ChildWelfareDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "child-welfare";

    public DbSet<ChildFile> Children => Set<ChildFile>();

    public DbSet<CareVisit> Visits => Set<CareVisit>();
}

internal sealed class SqliteChildWelfareDb(DbContextOptions<SqliteChildWelfareDb> options) : ChildWelfareDb(options);

internal sealed class PostgresChildWelfareDb(DbContextOptions<PostgresChildWelfareDb> options) : ChildWelfareDb(options);

internal sealed class SqliteChildWelfareDbFactory : SqliteDesignTimeFactory<SqliteChildWelfareDb>;

internal sealed class PostgresChildWelfareDbFactory : PostgresDesignTimeFactory<PostgresChildWelfareDb>;

internal sealed class ChildFileConfiguration : IEntityTypeConfiguration<ChildFile>
{
    public void Configure(EntityTypeBuilder<ChildFile> builder)
    {
        builder.ToTable("children");
        builder.HasKey(c => c.ClientId);
        foreach (var name in new[] { nameof(ChildFile.GuardianName), nameof(ChildFile.CaregiverName) })
        {
            builder.Property(name).HasMaxLength(50);
        }

        foreach (var name in new[] { nameof(ChildFile.GuardianRelation), nameof(ChildFile.CaregiverRelation), nameof(ChildFile.GuardianPhone), nameof(ChildFile.CaregiverPhone) })
        {
            builder.Property(name).HasMaxLength(20);
        }

        foreach (var name in new[] { nameof(ChildFile.GuardianCapacity), nameof(ChildFile.FatherEvidence), nameof(ChildFile.MotherEvidence), nameof(ChildFile.Schooling), nameof(ChildFile.Health), nameof(ChildFile.Disability), nameof(ChildFile.ChildDirector), nameof(ChildFile.RiskReasons) })
        {
            builder.Property(name).HasMaxLength(ChildLimits.Text);
        }

        builder.Property(c => c.Father).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Mother).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Risk).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(c => new { c.StationId, c.IsKeyChild });
        builder.HasIndex(c => new { c.WorkerId, c.IsKeyChild });
    }
}

internal sealed class CareVisitConfiguration : IEntityTypeConfiguration<CareVisit>
{
    public void Configure(EntityTypeBuilder<CareVisit> builder)
    {
        builder.ToTable("care_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(32);
        builder.Property(v => v.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.StationId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Content).HasMaxLength(ChildLimits.Content).IsRequired();
        foreach (var name in new[] { nameof(CareVisit.LivingConditions), nameof(CareVisit.Guardianship), nameof(CareVisit.Schooling), nameof(CareVisit.Health), nameof(CareVisit.Safety), nameof(CareVisit.Needs) })
        {
            builder.Property(name).HasMaxLength(ChildLimits.Text);
        }

        builder.Property(v => v.NeedKind).HasMaxLength(20);
        builder.Property(v => v.ReportReference).HasMaxLength(100);
        builder.Property(v => v.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(v => new { v.ClientId, v.Month });
        builder.HasIndex(v => new { v.StationId, v.Month });
        builder.OwnsMany(v => v.Photos, photo =>
        {
            photo.ToTable("care_visit_photos");
            photo.WithOwner().HasForeignKey("VisitId");
            photo.HasKey(p => p.Id);
            photo.Property(p => p.Key).HasMaxLength(200).IsRequired();
            photo.Property(p => p.ViewKey).HasMaxLength(200).IsRequired();
            photo.Property(p => p.FileName).HasMaxLength(200).IsRequired();
            photo.Property(p => p.ContentType).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(v => v.Photos).HasField("_photos").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The sizes of the module's texts.</summary>
internal static class ChildLimits
{
    public const int Text = 500;

    public const int Content = 4000;
}
