using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Cli;
using Platform.Host.Jobs;
using Platform.Host.Modules;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;
using Quartz;

namespace Platform.Host.Data;

/// <summary>
/// Runs before the scheduler and the web server start: migrates every enabled module's database,
/// prepares the Quartz schema, forgets jobs of modules that are no longer enabled, and seeds or
/// refuses demo data.
/// </summary>
internal sealed class PlatformStartup(
    IServiceProvider services,
    DatabaseOptions database,
    ModuleCatalog catalog,
    ISchedulerFactory schedulers,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<PlatformStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();

        // On SQLite the module files and the scheduler's file are independent: prepare them side by side.
        // On PostgreSQL the first migration may create the database the scheduler's schema goes into.
        var databases = Task.Run(() => MigrateAsync(cancellationToken), cancellationToken);
        if (database.Provider == DatabaseProvider.Postgres)
        {
            await databases;
        }

        var scheduler = Task.Run(
            async () =>
            {
                await JobSetup.EnsureQuartzSchemaAsync(database, cancellationToken);
                await ForgetRetiredJobsAsync(cancellationToken);
            },
            cancellationToken);
        await Task.WhenAll(databases, scheduler);

        // What this instance had claimed when it stopped is free at once; commands that waited for a module (a ledger
        // credit before the ledger was switched on) are due again now.
        var released = await services.GetRequiredService<OutboxDispatcher>().ReleaseOwnClaimsAsync(cancellationToken);
        if (released > 0)
        {
            log.LogInformation("{Count} outbox messages this instance had claimed before it stopped are free again", released);
        }

        var woken = await services.GetRequiredService<OutboxDispatcher>().WakeWaitingAsync(cancellationToken);
        if (woken > 0)
        {
            log.LogInformation("{Count} outbox commands that waited for a receiving module are due again", woken);
        }

        await DemoDataAsync(cancellationToken);
        log.LogInformation("Start-up work done in {Total:0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        foreach (var moduleDatabase in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(moduleDatabase.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                log.LogInformation("Migrating {Module}: {Migrations}", moduleDatabase.Key, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (database.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers work while one writer commits; the setting is kept in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

                // Table statistics for the query planner (SQLite gathers none by itself): refreshed where missing or stale.
                await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", cancellationToken);
            }
        }

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var quartz = new SqliteConnection(database.SqliteConnectionString("quartz"));
            await quartz.OpenAsync(cancellationToken);
            await using var wal = quartz.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task ForgetRetiredJobsAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = JobSetup.AllJobs(catalog, configuration).Select(j => new JobKey(j.Job.Name, j.Group)).ToHashSet();
        foreach (var group in await scheduler.GetJobGroupNames(cancellationToken))
        {
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken))
            {
                if (!wanted.Contains(key))
                {
                    log.LogInformation("Removing job {Job}: its module is disabled or no longer declares it", key);
                    await scheduler.DeleteJob(key, cancellationToken);
                }
            }
        }
    }

    private async Task DemoDataAsync(CancellationToken cancellationToken)
    {
        var demo = configuration.GetValue("Platform:Demo", false) || environment.IsDevelopment();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        foreach (var part in scope.ServiceProvider.GetServices<IDemoData>().OrderBy(d => d.Order))
        {
            var present = await part.IsPresentAsync(cancellationToken);
            if (!demo && present)
            {
                throw new Refusal(
                    "数据库中存在演示账号（Demo@12345），正式环境拒绝启动：请使用全新的数据库，或以 --demo 启动演示环境。");
            }

            if (demo && !present)
            {
                log.LogInformation("Seeding demo data of {Part}", part.GetType().Name);
                await part.SeedAsync(cancellationToken);
            }
        }
    }
}
