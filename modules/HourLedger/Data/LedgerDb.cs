using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Data;

/// <summary>The ledger's own database: projects, the indicator catalogue, targets and the entries credited.</summary>
internal abstract class LedgerDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "ledger";

    public DbSet<ServiceProject> Projects => Set<ServiceProject>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Target> Targets => Set<Target>();

    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();

    public DbSet<RefusedCredit> Refused => Set<RefusedCredit>();

    public DbSet<EarlyRetraction> EarlyRetractions => Set<EarlyRetraction>();

    public DbSet<MonthlyTotal> MonthlyTotals => Set<MonthlyTotal>();
}

internal sealed class SqliteLedgerDb(DbContextOptions<SqliteLedgerDb> options) : LedgerDb(options);

internal sealed class PostgresLedgerDb(DbContextOptions<PostgresLedgerDb> options) : LedgerDb(options);

internal sealed class SqliteLedgerDbFactory : SqliteDesignTimeFactory<SqliteLedgerDb>;

internal sealed class PostgresLedgerDbFactory : PostgresDesignTimeFactory<PostgresLedgerDb>;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<ServiceProject>
{
    public void Configure(EntityTypeBuilder<ServiceProject> builder)
    {
        builder.ToTable("projects");
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.Property(p => p.AnnualHoursPerWorker).HasPrecision(8, 2);
        builder.Property(p => p.MinProfessionalShare).HasPrecision(4, 3);
        builder.PrimitiveCollection(p => p.StationIds);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.Property(i => i.Code).HasMaxLength(30).IsRequired();
        builder.Property(i => i.Name).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Unit).HasMaxLength(20).IsRequired();
        builder.Property(i => i.ReportName).HasMaxLength(100).IsRequired();
        builder.Property(i => i.Rule).HasMaxLength(500);
        builder.Property(i => i.StandardHours).HasPrecision(8, 2);
        builder.Property(i => i.TargetQuantity).HasPrecision(12, 2);
        builder.HasIndex(i => new { i.ProjectId, i.Code }).IsUnique();
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.ToTable("targets");
        builder.Property(t => t.IndicatorCode).HasMaxLength(30).IsRequired();
        builder.Property(t => t.StationId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.WorkerId).HasMaxLength(64);
        builder.Property(t => t.Quantity).HasPrecision(12, 2);
        builder.HasIndex(t => new { t.ProjectId, t.IndicatorCode, t.StationId, t.WorkerId }).IsUnique();
    }
}

internal sealed class EntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> builder)
    {
        builder.ToTable("entries");
        builder.Ignore(e => e.Quantity);
        builder.Ignore(e => e.Hours);
        builder.Property(e => e.StationId).HasMaxLength(32).IsRequired();
        builder.Property(e => e.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.IndicatorCode).HasMaxLength(30).IsRequired();
        builder.Property(e => e.StandardHoursPerUnit).HasPrecision(8, 2);
        builder.Property(e => e.SourceModule).HasMaxLength(40).IsRequired();
        builder.Property(e => e.SourceId).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Link).HasMaxLength(300);
        builder.Property(e => e.ClientIds).HasMaxLength(2000);
        builder.Property(e => e.RetractReason).HasMaxLength(200);

        // The same record is credited once, whoever sends it and however often.
        builder.HasIndex(e => new { e.SourceModule, e.SourceId }).IsUnique();

        // Summaries read these indexes alone (station-year, worker-month, the whole project).
        builder.HasIndex(e => new { e.StationId, e.Date, e.IndicatorCode, e.IsRetracted, e.QuantityCenti, e.HoursCenti, e.IsProfessional });
        builder.HasIndex(e => new { e.WorkerId, e.Date, e.IndicatorCode, e.IsRetracted, e.QuantityCenti, e.HoursCenti, e.IsProfessional });
        builder.HasIndex(e => new { e.ProjectId, e.Date, e.IndicatorCode, e.IsRetracted, e.QuantityCenti, e.HoursCenti, e.IsProfessional });
    }
}

internal sealed class RefusedConfiguration : IEntityTypeConfiguration<RefusedCredit>
{
    public void Configure(EntityTypeBuilder<RefusedCredit> builder)
    {
        builder.ToTable("refused_credits");
        builder.Property(r => r.SourceModule).HasMaxLength(40).IsRequired();
        builder.Property(r => r.SourceId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.StationId).HasMaxLength(32);
        builder.Property(r => r.WorkerId).HasMaxLength(64);
        builder.Property(r => r.IndicatorCode).HasMaxLength(30);
        builder.Property(r => r.Reason).HasMaxLength(300).IsRequired();
    }
}

internal sealed class EarlyRetractionConfiguration : IEntityTypeConfiguration<EarlyRetraction>
{
    public void Configure(EntityTypeBuilder<EarlyRetraction> builder)
    {
        builder.ToTable("early_retractions");
        builder.Property(r => r.SourceModule).HasMaxLength(40).IsRequired();
        builder.Property(r => r.SourceId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(200).IsRequired();
        builder.HasIndex(r => new { r.SourceModule, r.SourceId }).IsUnique();
    }
}

internal sealed class MonthlyTotalConfiguration : IEntityTypeConfiguration<MonthlyTotal>
{
    public void Configure(EntityTypeBuilder<MonthlyTotal> builder)
    {
        builder.ToTable("monthly_totals");
        builder.HasKey(t => new { t.ProjectId, t.Month, t.StationId, t.WorkerId, t.IndicatorCode, t.IsProfessional });
        builder.Property(t => t.StationId).HasMaxLength(32);
        builder.Property(t => t.WorkerId).HasMaxLength(64);
        builder.Property(t => t.IndicatorCode).HasMaxLength(30);
        builder.HasIndex(t => new { t.StationId, t.Month });
        builder.HasIndex(t => new { t.WorkerId, t.Month });
    }
}
