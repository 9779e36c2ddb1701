using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.Outbox;

namespace Platform.Modularity.Data;

/// <summary>
/// The base of a module's own context: its schema, its outbox, station scoping on read and write,
/// and a wake-up of outbox delivery after each commit that wrote a message.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDb, IStationScopeSource
{
    /// <summary>The owning module's key.</summary>
    protected abstract string ModuleKey { get; }

    /// <inheritdoc />
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    /// <inheritdoc />
    public ICurrentUserAccessor? Caller { get; set; }

    /// <inheritdoc />
    public Auditing.AuditTrail? Audit { get; set; }

    /// <inheritdoc />
    public bool ScopeSeesAll => ModuleModel.CurrentUserOf(this).SeesAllStations();

    /// <inheritdoc />
    public string? ScopeStationId => ModuleModel.CurrentUserOf(this).StationId;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        ModuleModel.Apply(modelBuilder, this, ModuleKey);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ModuleModel.SaveAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken));

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("Use SaveChangesAsync: module contexts guard and announce every write.");
}
