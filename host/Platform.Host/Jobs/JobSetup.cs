using Npgsql;
using Platform.Host.Modules;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;
using Quartz;

namespace Platform.Host.Jobs;

/// <summary>
/// One Quartz scheduler for the platform with a persistent store: <c>data/quartz.db</c> on SQLite, or
/// the <c>quartz</c> schema on PostgreSQL with clustering, so several host instances share the work
/// and each fire runs on one of them. A trigger missed while the host was down fires once on start.
/// </summary>
internal static class JobSetup
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public const string HostGroup = "platform";

    /// <summary>The host's own jobs (group <c>platform</c>) and every enabled module's (group = module key).</summary>
    public static IEnumerable<(string Group, ScheduledJob Job)> AllJobs(ModuleCatalog catalog, IConfiguration configuration)
    {
        yield return (HostGroup, new ScheduledJob(
            typeof(OutboxDeliveryJob),
            "outbox-delivery",
            configuration.GetValue("Platform:Outbox:RetryCron", "0/15 * * * * ?")!,
            "投递未送达的模块间消息（失败自动重试）"));
        foreach (var module in catalog.Enabled)
        {
            foreach (var job in module.Module.Jobs)
            {
                yield return (module.Key, job);
            }
        }
    }

    public static void AddPlatformJobs(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database, ModuleCatalog catalog)
    {
        services.AddQuartz(q =>
        {
            q.UseTypeLoader<ModuleTypeLoader>();
            q.AddJobListener<JobRunListener>();
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ProvisionSchema();

                // A fire this late counts as missed and is caught up once (a minute by default; tests shorten it).
                var misfire = TimeSpan.FromSeconds(configuration.GetValue("Platform:Scheduler:MisfireThresholdSeconds", 60));
                store.ConfigureStore(o => o.MisfireThreshold = misfire);
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString!);
                    store.ConfigureStore(o => o.TablePrefix = "quartz.qrtz_");
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                }
                else
                {
                    store.UseSqlite(database.SqliteConnectionString("quartz"));
                }
            });

            foreach (var (group, job) in AllJobs(catalog, configuration))
            {
                var key = new JobKey(job.Name, group);
                var cron = configuration[$"Platform:Jobs:{group}:{job.Name}:Cron"] ?? job.Cron;
                q.AddJob(job.JobType, j => j.WithIdentity(key).WithDescription(job.Description).StoreDurably());
                q.AddTrigger(t => t
                    .ForJob(key)
                    .WithIdentity(job.Name, group)
                    .WithDescription(job.Description)
                    .WithCronSchedule(cron, c => c.InTimeZone(Shanghai).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            }
        });

        // The triggers declared here replace the stored ones on every start (so a changed schedule takes effect), but
        // keep their firing history: a fire missed while the host was down is then seen as missed and runs once.
        services.Configure<QuartzOptions>(o => o.Scheduling.ScheduleTriggerRelativeToReplacedTrigger = true);

        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;

            // Start the scheduler once the web server is listening; misfired triggers still fire once then.
            o.AwaitApplicationStarted = true;

            // Tests switch the scheduler off to stand for a host that died before its jobs ran.
            o.AutoStart = configuration.GetValue("Platform:Scheduler:AutoStart", true);
        });
    }

    /// <summary>PostgreSQL: Quartz provisions its tables but not the schema they live in.</summary>
    public static async Task EnsureQuartzSchemaAsync(DatabaseOptions database, CancellationToken cancellationToken)
    {
        if (database.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("CREATE SCHEMA IF NOT EXISTS quartz", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
