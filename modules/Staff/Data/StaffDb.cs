using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;
using Platform.Modules.Staff.Auditing;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Data;

/// <summary>
/// The Staff module's own database: stations, Identity's accounts and roles, the data-protection key
/// ring, the outbox, and the workers' personnel records, supervision and training. It derives from Identity's context, so it applies the module conventions itself.
/// </summary>
internal abstract class StaffDb(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IModuleDb, IStationScopeSource, IDataProtectionKeyContext
{
    public const string ModuleKey = "staff";

    public DbSet<Station> Stations => Set<Station>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<WorkerProfile> WorkerProfiles => Set<WorkerProfile>();

    public DbSet<SupervisionSession> SupervisionSessions => Set<SupervisionSession>();

    public DbSet<TrainingRecord> TrainingRecords => Set<TrainingRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ApiSession> ApiSessions => Set<ApiSession>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public ICurrentUserAccessor? Caller { get; set; }

    public Platform.Modularity.Auditing.AuditTrail? Audit { get; set; }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool ScopeSeesAll => ModuleModel.CurrentUserOf(this).SeesAllStations();

    public string? ScopeStationId => ModuleModel.CurrentUserOf(this).StationId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(StaffDb).Assembly);
        builder.Entity<IdentityRole>().HasData(Platform.Contracts.Identity.Roles.All.Select((role, i) => new IdentityRole(role)
        {
            Id = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = $"seed-{i}",
        }));
        ModuleModel.Apply(builder, this, ModuleKey);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ModuleModel.SaveAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken));
}

internal sealed class SqliteStaffDb(DbContextOptions<SqliteStaffDb> options) : StaffDb(options);

internal sealed class PostgresStaffDb(DbContextOptions<PostgresStaffDb> options) : StaffDb(options);

internal sealed class SqliteStaffDbFactory : SqliteDesignTimeFactory<SqliteStaffDb>;

internal sealed class PostgresStaffDbFactory : PostgresDesignTimeFactory<PostgresStaffDb>;
