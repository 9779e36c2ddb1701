using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.Sample.Files;
using Platform.Modules.Sample.Visits;

namespace Platform.Modules.Sample.Data;

/// <summary>The module's own database (SQLite file or PostgreSQL schema named after the key): its files and visits.</summary>
internal abstract class SampleDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => SampleMessages.Module;

    public DbSet<SampleFile> Files => Set<SampleFile>();

    public DbSet<SampleVisit> Visits => Set<SampleVisit>();
}

internal sealed class SqliteSampleDb(DbContextOptions<SqliteSampleDb> options) : SampleDb(options);

internal sealed class PostgresSampleDb(DbContextOptions<PostgresSampleDb> options) : SampleDb(options);

internal sealed class SqliteSampleDbFactory : SqliteDesignTimeFactory<SqliteSampleDb>;

internal sealed class PostgresSampleDbFactory : PostgresDesignTimeFactory<PostgresSampleDb>;

/// <summary>The file's own columns (the kit adds client, station, name, worker, state and the history table).</summary>
internal sealed class SampleFileConfiguration : IEntityTypeConfiguration<SampleFile>
{
    public void Configure(EntityTypeBuilder<SampleFile> builder)
    {
        builder.ToTable("files");
        builder.HasKey(f => f.ClientId);
        builder.Property(f => f.Needs).HasMaxLength(500);
        builder.HasIndex(f => new { f.StationId, f.State });
    }
}

internal sealed class SampleVisitConfiguration : IEntityTypeConfiguration<SampleVisit>
{
    public void Configure(EntityTypeBuilder<SampleVisit> builder)
    {
        builder.ToTable("visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(32);
        builder.Property(v => v.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.StationId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(v => v.Content).HasMaxLength(2000).IsRequired();
        builder.Property(v => v.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(v => new { v.ClientId, v.VisitedAt });
    }
}
