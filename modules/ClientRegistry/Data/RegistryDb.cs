using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Data;

/// <summary>The registry's own database: clients and the categories they hold.</summary>
internal abstract class RegistryDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => "registry";

    public DbSet<Client> Clients => Set<Client>();
}

internal sealed class SqliteRegistryDb(DbContextOptions<SqliteRegistryDb> options) : RegistryDb(options);

internal sealed class PostgresRegistryDb(DbContextOptions<PostgresRegistryDb> options) : RegistryDb(options);

internal sealed class SqliteRegistryDbFactory : SqliteDesignTimeFactory<SqliteRegistryDb>;

internal sealed class PostgresRegistryDbFactory : PostgresDesignTimeFactory<PostgresRegistryDb>;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.ToTable("clients");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(32);
        builder.Property(c => c.StationId).HasMaxLength(32).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(50).IsRequired();
        builder.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Ethnicity).HasMaxLength(20);
        builder.Property(c => c.IdNumber).HasMaxLength(18);
        builder.Property(c => c.NoIdReason).HasMaxLength(200);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.RegisteredAddress).HasMaxLength(200);
        builder.Property(c => c.CurrentAddress).HasMaxLength(200);
        builder.Property(c => c.Village).HasMaxLength(50);

        // One ID number, one archive across all stations.
        builder.HasIndex(c => c.IdNumber).IsUnique();
        builder.HasIndex(c => new { c.StationId, c.Name });
        builder.HasIndex(c => c.Phone);
        builder.OwnsMany(c => c.Categories, holding =>
        {
            holding.ToTable("client_categories");
            holding.WithOwner().HasForeignKey("ClientId");
            holding.HasKey(h => h.Id);
            holding.Property(h => h.Code).HasMaxLength(30).IsRequired();
            holding.Property(h => h.Basis).HasMaxLength(200);
            holding.HasIndex(h => h.Code);
        });
        builder.Navigation(c => c.Categories).HasField("_categories").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.ArchiveReason).HasMaxLength(200);
        builder.OwnsMany(c => c.Transfers, transfer =>
        {
            transfer.ToTable("client_transfers");
            transfer.WithOwner().HasForeignKey("ClientId");
            transfer.HasKey(t => t.Id);
            transfer.Property(t => t.FromStationId).HasMaxLength(32).IsRequired();
            transfer.Property(t => t.ToStationId).HasMaxLength(32).IsRequired();
            transfer.Property(t => t.ByUser).HasMaxLength(256);
            transfer.Property(t => t.Reason).HasMaxLength(200).IsRequired();
        });
        builder.Navigation(c => c.Transfers).HasField("_transfers").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
