using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Modularity.Outbox;
using Platform.Modularity.Records;

namespace Platform.Modularity.Data;

/// <summary>A module's database as the host sees it: migrated at start-up, checked by <c>/health</c>, drained by the outbox.</summary>
public sealed record ModuleDatabase(string Key, Type ContextType);

/// <summary>Registers a module's context for the configured provider.</summary>
public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// One query per read, chosen rather than defaulted: a record with its owned lists (a group's members and sessions)
    /// is read in one statement, so it is one consistent state, and the lists a page loads are a few rows each.
    /// </summary>
    private const QuerySplittingBehavior Splitting = QuerySplittingBehavior.SingleQuery;

    /// <summary>
    /// Registers <typeparamref name="TDb"/> (what handlers ask for) backed by the SQLite or the PostgreSQL
    /// subclass, each with its own migrations and, on PostgreSQL, its own schema and history table.
    /// </summary>
    public static IServiceCollection AddModuleDb<TDb, TSqlite, TPostgres>(this IServiceCollection services, ModuleContext context)
        where TDb : DbContext, IModuleDb
        where TSqlite : TDb
        where TPostgres : TDb
    {
        var database = context.Database;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddPooledDbContextFactory<TPostgres>(o => o.UseNpgsql(
                database.ConnectionString,
                npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", context.Schema).UseQuerySplittingBehavior(Splitting)));
            services.AddScoped<TDb>(sp => Lease<TPostgres>(sp));
        }
        else
        {
            services.AddPooledDbContextFactory<TSqlite>(o => o.UseSqlite(database.SqliteConnectionString(context.Key), sqlite => sqlite.UseQuerySplittingBehavior(Splitting)).AddInterceptors(new SqliteBusyTimeout()));
            services.AddScoped<TDb>(sp => Lease<TSqlite>(sp));
        }

        services.AddSingleton(new ModuleDatabase(context.Key, typeof(TDb)));
        services.AddScoped<IRecordLookup>(sp => new RecordLookup<TDb>(sp));
        services.TryAddSingleton<OutboxSignal>();
        return services;
    }

    /// <summary>
    /// Contexts are pooled (measured: creating one per request cost more than the query it ran); each lease
    /// is bound to the caller of the scope that asked, and goes back to the pool when the scope ends.
    /// </summary>
    private static TContext Lease<TContext>(IServiceProvider services) where TContext : DbContext, IModuleDb
    {
        var db = services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
        db.Caller = services.GetRequiredService<ICurrentUserAccessor>();
        db.Audit = services.GetService<Auditing.AuditTrail>();
        return db;
    }
}
