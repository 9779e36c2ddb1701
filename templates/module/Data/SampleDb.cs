using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;

namespace Platform.Modules.Sample.Data;

/// <summary>The module's own database (SQLite file or PostgreSQL schema named after the key).</summary>
internal abstract class SampleDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "sample-key";

    public DbSet<Note> Notes => Set<Note>();
}

internal sealed class SqliteSampleDb(DbContextOptions<SqliteSampleDb> options) : SampleDb(options);

internal sealed class PostgresSampleDb(DbContextOptions<PostgresSampleDb> options) : SampleDb(options);

internal sealed class SqliteSampleDbFactory : SqliteDesignTimeFactory<SqliteSampleDb>;

internal sealed class PostgresSampleDbFactory : PostgresDesignTimeFactory<PostgresSampleDb>;

/// <summary>A record of a station: reads are filtered to the caller's station, writes outside it refused.</summary>
internal sealed class Note : IStationScoped
{
    public string Id { get; init; } = Guid.NewGuid().ToString("N");

    public string StationId { get; init; } = "";

    public string Text { get; init; } = "";

    public DateTime CreatedAt { get; init; }
}

internal sealed class NoteConfiguration : IEntityTypeConfiguration<Note>
{
    public void Configure(EntityTypeBuilder<Note> builder)
    {
        builder.ToTable("notes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(32);
        builder.Property(n => n.StationId).HasMaxLength(32).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(500).IsRequired();
        builder.HasIndex(n => new { n.StationId, n.CreatedAt });
    }
}
