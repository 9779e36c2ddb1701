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

    public DbSet<NameGram> NameGrams => Set<NameGram>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    /// <summary>The category holdings read as a table of their own, so a search can start from them (see <see cref="CategoryRow"/>).</summary>
    public DbSet<CategoryRow> CategoryRows => Set<CategoryRow>();

    /// <summary>Saves, and in the same transaction writes the name grams of the clients added or renamed.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var renamed = NameGram.Pending(this);
        if (renamed.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await NameGram.WriteAsync(this, renamed, cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
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

        // Ordered pages for the roles that see every station: by name, by village, most recently changed.
        builder.HasIndex(c => c.Name);
        builder.HasIndex(c => new { c.Village, c.Name });
        builder.HasIndex(c => c.UpdatedAt);
        builder.OwnsMany(c => c.Categories, holding =>
        {
            holding.ToTable("client_categories");
            holding.WithOwner().HasForeignKey("ClientId");
            holding.HasKey(h => h.Id);
            holding.Property(h => h.Code).HasMaxLength(30).IsRequired();
            holding.Property(h => h.Basis).HasMaxLength(200);
            holding.HasIndex("Code", "ClientId", nameof(CategoryHolding.StartDate), nameof(CategoryHolding.EndDate));
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

        // The last four characters of the ID number and the phone, indexed: "后四位" is how people look someone up.
        builder.Property(c => c.IdTail).HasMaxLength(4);
        builder.Property(c => c.PhoneTail).HasMaxLength(4);
        builder.HasIndex(c => c.IdTail);
        builder.HasIndex(c => c.PhoneTail);

        builder.OwnsOne(c => c.Profile, profile =>
        {
            profile.Property(p => p.Health).HasColumnName("health").HasMaxLength(200);
            profile.Property(p => p.ChronicIllness).HasColumnName("chronic_illness").HasMaxLength(200);
            profile.Property(p => p.Disability).HasColumnName("disability").HasMaxLength(200);
            profile.Property(p => p.SelfCare).HasColumnName("self_care").HasConversion<string>().HasMaxLength(20);
            profile.Property(p => p.Psychological).HasColumnName("psychological").HasMaxLength(500);
            profile.Property(p => p.FamilyStructure).HasColumnName("family_structure").HasMaxLength(200);
            profile.Property(p => p.Guardian).HasColumnName("guardian").HasMaxLength(200);
            profile.Property(p => p.IncomeSources).HasColumnName("income_sources").HasMaxLength(200);
            profile.Property(p => p.Housing).HasColumnName("housing").HasMaxLength(200);
            profile.Property(p => p.SupportNetwork).HasColumnName("support_network").HasMaxLength(200);
        });
        builder.Navigation(c => c.Profile).IsRequired();
        builder.Property(c => c.ArchiveCompletedBy).HasMaxLength(64);
        builder.OwnsMany(c => c.Needs, need =>
        {
            need.ToTable("client_needs");
            need.WithOwner().HasForeignKey("ClientId");
            need.HasKey(n => n.Id);
            need.Property(n => n.Kind).HasMaxLength(20).IsRequired();
            need.Property(n => n.Description).HasMaxLength(500).IsRequired();
            need.Property(n => n.Priority).HasConversion<string>().HasMaxLength(10);
            need.Property(n => n.Status).HasConversion<string>().HasMaxLength(12);
            need.Property(n => n.Note).HasMaxLength(200);
            need.Property(n => n.Source).HasMaxLength(100);
            need.HasIndex(n => new { n.Kind, n.Status });
        });
        builder.Navigation(c => c.Needs).HasField("_needs").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NameGramConfiguration : IEntityTypeConfiguration<NameGram>
{
    public void Configure(EntityTypeBuilder<NameGram> builder)
    {
        builder.ToTable("client_name_grams");
        // Key in name order within a gram (pages across all stations read it in order); the client's own grams are
        // found through the second index (a station's search checks its clients against it).
        builder.HasKey(g => new { g.Gram, g.Name, g.ClientId });
        builder.HasIndex(g => new { g.ClientId, g.Gram });
        builder.Property(g => g.Gram).HasMaxLength(2);
        builder.Property(g => g.ClientId).HasMaxLength(32);
        builder.Property(g => g.Name).HasMaxLength(50).IsRequired();
        builder.HasOne<Client>().WithMany().HasForeignKey(g => g.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("households");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasMaxLength(32);
        builder.Property(h => h.StationId).HasMaxLength(32).IsRequired();
        builder.OwnsMany(h => h.Members, member =>
        {
            member.ToTable("household_members");
            member.WithOwner().HasForeignKey("HouseholdId");
            member.HasKey(m => m.Id);
            member.Property(m => m.ClientId).HasMaxLength(32);
            member.Property(m => m.Name).HasMaxLength(50).IsRequired();
            member.Property(m => m.Relation).HasMaxLength(20).IsRequired();
            member.Property(m => m.Notes).HasMaxLength(200);

            // A client belongs to one household at most.
            member.HasIndex(m => m.ClientId).IsUnique();
        });
        builder.Navigation(h => h.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TimelineEntryConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("client_timeline");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.SourceModule).HasMaxLength(40).IsRequired();
        builder.Property(t => t.SourceId).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Title).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Summary).HasMaxLength(500);
        builder.Property(t => t.Link).HasMaxLength(300);
        builder.HasIndex(t => new { t.SourceModule, t.SourceId, t.ClientId }).IsUnique();
        builder.HasIndex(t => new { t.ClientId, t.At });
    }
}

/// <summary>
/// A read-only view of <c>client_categories</c> (the owned holdings cannot be queried on their own): a category
/// search over a million clients starts from the holdings of that category rather than from every client.
/// </summary>
internal sealed class CategoryRow
{
    public string ClientId { get; private set; } = "";

    public string Code { get; private set; } = "";

    public DateOnly StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }
}

internal sealed class CategoryRowConfiguration : IEntityTypeConfiguration<CategoryRow>
{
    public void Configure(EntityTypeBuilder<CategoryRow> builder) => builder.HasNoKey().ToView("client_categories");
}
