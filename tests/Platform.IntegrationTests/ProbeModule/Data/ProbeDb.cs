using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests.ProbeModule.Data;

public sealed class ProbeRecord : IStationScoped
{
    public int Id { get; set; }

    public string StationId { get; set; } = "";

    public string Text { get; set; } = "";

    public string SourceKey { get; set; } = "";
}

public sealed class ProbeReceipt
{
    public int Id { get; set; }

    public string SourceKey { get; set; } = "";
}

public abstract class ProbeDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "probe";

    public DbSet<ProbeRecord> Records => Set<ProbeRecord>();

    public DbSet<ProbeReceipt> Receipts => Set<ProbeReceipt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProbeRecord>().ToTable("records");
        modelBuilder.Entity<ProbeReceipt>().ToTable("receipts").HasIndex(r => r.SourceKey).IsUnique();
        base.OnModelCreating(modelBuilder);
    }
}

public sealed class SqliteProbeDb(DbContextOptions<SqliteProbeDb> options) : ProbeDb(options);

public sealed class PostgresProbeDb(DbContextOptions<PostgresProbeDb> options) : ProbeDb(options);

public sealed class SqliteProbeDbFactory : SqliteDesignTimeFactory<SqliteProbeDb>;

public sealed class PostgresProbeDbFactory : PostgresDesignTimeFactory<PostgresProbeDb>;
