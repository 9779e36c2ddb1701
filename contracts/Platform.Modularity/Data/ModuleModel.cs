using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Outbox;

namespace Platform.Modularity.Data;

/// <summary>A module context that knows the caller's station scope; EF evaluates these members per query.</summary>
public interface IStationScopeSource
{
    /// <summary>The caller sees every station.</summary>
    bool ScopeSeesAll { get; }

    /// <summary>The caller's own station.</summary>
    string? ScopeStationId { get; }
}

/// <summary>
/// The conventions every module context applies: its schema on PostgreSQL, the outbox table,
/// the station filter and the write guard. Shared so that a context that must derive from
/// another base (Identity's) gets exactly the same behaviour.
/// </summary>
public static class ModuleModel
{
    /// <summary>Applies schema, outbox and station filters to the model of <paramref name="db"/>.</summary>
    public static void Apply<TDb>(ModelBuilder modelBuilder, TDb db, string moduleKey) where TDb : DbContext, IStationScopeSource
    {
        if (db.Database.IsNpgsql())
        {
            modelBuilder.HasDefaultSchema(ModuleContext.SchemaName(moduleKey));
        }

        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        ClientFileModel.Apply(modelBuilder);

        // The filter references the context instance itself, which EF swaps for the context running each query.
        var source = Expression.Convert(Expression.Constant(db), typeof(IStationScopeSource));
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null && typeof(IStationScoped).IsAssignableFrom(e.ClrType)))
        {
            var record = Expression.Parameter(entity.ClrType, "record");
            var body = Expression.OrElse(
                Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(bool)], Expression.Property(source, nameof(IStationScopeSource.ScopeSeesAll))),
                Expression.Equal(
                    Expression.Property(record, nameof(IStationScoped.StationId)),
                    Expression.Property(source, nameof(IStationScopeSource.ScopeStationId))));
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(body, record));
            modelBuilder.Entity(entity.ClrType).Property<int>(VersionProperty).IsConcurrencyToken();
        }
    }

    /// <summary>
    /// The shadow column every station record carries: each save that changes the record, or anything it owns (a
    /// group's sessions, an activity's clients), raises it by one, and only if it still holds what was read. Of two
    /// people saving one record at once the second is refused (409) — neither change is lost and no number given twice.
    /// </summary>
    public const string VersionProperty = "Version";

    /// <summary>Raises the version of every station record changed in this save, directly or through what it owns.</summary>
    public static void StampVersions(DbContext db)
    {
        var entries = db.ChangeTracker.Entries().ToList();
        var changed = new HashSet<EntityEntry>(ReferenceEqualityComparer.Instance);

        // Owners found by key, built only when something owned changed (a large import adds thousands of owned rows).
        Dictionary<(Microsoft.EntityFrameworkCore.Metadata.IEntityType, string), EntityEntry>? byKey = null;
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var root = entry;
            while (root is not null && root.Metadata.IsOwned())
            {
                byKey ??= entries.GroupBy(e => (e.Metadata, KeyOf(e, e.Metadata.FindPrimaryKey()!.Properties, original: false)))
                    .ToDictionary(g => g.Key, g => g.First());
                var ownership = root.Metadata.FindOwnership()!;
                root = byKey.GetValueOrDefault((ownership.PrincipalEntityType, KeyOf(root, ownership.Properties, original: root.State == EntityState.Deleted)));
            }

            if (root is { State: EntityState.Modified or EntityState.Unchanged } && root.Metadata.FindProperty(VersionProperty) is { IsConcurrencyToken: true })
            {
                changed.Add(root);
            }
        }

        foreach (var root in changed)
        {
            var version = root.Property(VersionProperty);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    private static string KeyOf(EntityEntry entry, IReadOnlyList<Microsoft.EntityFrameworkCore.Metadata.IProperty> properties, bool original) =>
        string.Join("\u001f", properties.Select(p => original ? entry.Property(p.Name).OriginalValue : entry.Property(p.Name).CurrentValue));

    /// <summary>Refuses changes to station records the current user may not change (the bureau changes nothing).</summary>
    public static void GuardWrites(DbContext db)
    {
        var user = CurrentUserOf(db);
        foreach (var entry in db.ChangeTracker.Entries<IStationScoped>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (string.IsNullOrEmpty(entry.Entity.StationId))
            {
                throw new ForbiddenException("这条记录没有所属站点：只有站点社工可以登记站点记录，或请先选择站点。");
            }

            if (!user.CanChangeStation(entry.Entity.StationId) || (entry.State == EntityState.Modified && !user.CanChangeStation(OriginalStation(entry))))
            {
                throw new ForbiddenException("您无权修改其他站点或只读范围内的记录。");
            }
        }
    }

    /// <summary>
    /// Saves through the write guard, then wakes outbox delivery if the commit wrote messages.
    /// Every module context's <c>SaveChangesAsync</c> goes through here.
    /// </summary>
    public static async Task<int> SaveAsync(DbContext db, Func<Task<int>> save)
    {
        GuardWrites(db);
        StampVersions(db);
        SaveAuditEntries(db);
        var announces = OutboxSignal.HasPendingMessages(db);
        var written = await save();
        if (announces)
        {
            OutboxSignal.Raise(db);
        }

        return written;
    }

    /// <summary>
    /// Writes the scope's begun audit entries to this context's outbox, committed with the change they record and
    /// delivered to the audit log (Staff) after it. Only a save that changes something carries them.
    /// </summary>
    private static void SaveAuditEntries(DbContext db)
    {
        if (db is not IModuleDb { Audit: { } trail } module || !db.ChangeTracker.HasChanges())
        {
            return;
        }

        foreach (var entry in trail.TakeUnsaved(() => CreatedRecord(db)))
        {
            module.Enqueue($"audit:{entry.EntryId}", new WriteAuditEntry(entry), trail.Clock);
        }
    }

    /// <summary>The key of the one record this save creates, as the entry's target when the request named none.</summary>
    private static string? CreatedRecord(DbContext db)
    {
        var created = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && !e.Metadata.IsOwned() && e.Entity is not OutboxMessage)
            .Select(e => e.Metadata.FindPrimaryKey()?.Properties.Select(p => e.Property(p.Name).CurrentValue?.ToString()).FirstOrDefault())
            .Distinct()
            .ToList();
        return created.Count == 1 ? created[0] : null;
    }

    /// <summary>The caller the context was leased for; anonymous (sees nothing, changes nothing) when unset.</summary>
    public static ICurrentUser CurrentUserOf(DbContext db) =>
        (db as IModuleDb)?.Caller?.Current ?? AnonymousUser.Instance;

    private static string? OriginalStation(EntityEntry<IStationScoped> entry) =>
        entry.Property(nameof(IStationScoped.StationId)).OriginalValue as string;
}
