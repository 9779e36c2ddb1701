using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Data;

/// <summary>The volunteer module's own database (SQLite file or PostgreSQL schema <c>volunteers</c>).</summary>
internal abstract class VolunteersDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => VolunteerMessages.Module;

    public DbSet<Volunteer> Volunteers => Set<Volunteer>();

    public DbSet<VolunteerStation> VolunteerStations => Set<VolunteerStation>();

    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<ServiceExport> Exports => Set<ServiceExport>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Organisation> Organisations => Set<Organisation>();

    /// <summary>The volunteers the caller's stations know (a worker: their own station's; the lead and bureau: all).</summary>
    public IQueryable<Volunteer> Known => Volunteers.Where(v => VolunteerStations.Any(s => s.VolunteerId == v.Id));
}

internal sealed class SqliteVolunteersDb(DbContextOptions<SqliteVolunteersDb> options) : VolunteersDb(options);

internal sealed class PostgresVolunteersDb(DbContextOptions<PostgresVolunteersDb> options) : VolunteersDb(options);

internal sealed class SqliteVolunteersDbFactory : SqliteDesignTimeFactory<SqliteVolunteersDb>;

internal sealed class PostgresVolunteersDbFactory : PostgresDesignTimeFactory<PostgresVolunteersDb>;

internal sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("volunteers");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(32);
        builder.Property(v => v.Name).HasMaxLength(50).IsRequired();
        builder.Property(v => v.DocumentType).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.DocumentNumber).HasMaxLength(30);
        builder.Property(v => v.DocumentLast4).HasMaxLength(4);
        builder.Property(v => v.Phone).HasMaxLength(11);
        builder.Property(v => v.PhoneLast4).HasMaxLength(4);
        builder.Property(v => v.ClaimedLast4).HasMaxLength(4);
        builder.Property(v => v.NationalNumber).HasMaxLength(40);
        builder.Property(v => v.Skills).HasMaxLength(200);
        builder.Property(v => v.Availability).HasMaxLength(200);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.CreatedStationId).HasMaxLength(32);
        builder.Property<int>("Version").IsConcurrencyToken();

        // One person, one record: a second registration of the same document finds the first (NULLs do not collide).
        builder.HasIndex(v => new { v.DocumentType, v.DocumentNumber }).IsUnique();
        builder.HasIndex(v => v.Name);
    }
}

internal sealed class VolunteerStationConfiguration : IEntityTypeConfiguration<VolunteerStation>
{
    public void Configure(EntityTypeBuilder<VolunteerStation> builder)
    {
        builder.ToTable("volunteer_stations");
        builder.HasKey(s => new { s.VolunteerId, s.StationId });
        builder.Property(s => s.VolunteerId).HasMaxLength(32);
        builder.Property(s => s.StationId).HasMaxLength(32);
        builder.HasIndex(s => s.StationId);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.StationId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.WorkerName).HasMaxLength(50);
        builder.Property(a => a.Title).HasMaxLength(100).IsRequired();
        builder.Property(a => a.OrganisationId).HasMaxLength(32);
        builder.Property(a => a.OrganisationName).HasMaxLength(100);
        builder.Property(a => a.Place).HasMaxLength(200);
        builder.Property(a => a.Content).HasMaxLength(2000);
        builder.Property(a => a.GroupServed).HasMaxLength(200);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.CodeNonce).HasMaxLength(12);
        builder.Property(a => a.CreditedHours).HasPrecision(10, 2);
        builder.Ignore(a => a.Day);
        builder.HasIndex(a => new { a.StationId, a.StartsAt });
        builder.HasIndex(a => new { a.WorkerId, a.State });
    }
}

internal sealed class AttendanceConfiguration : IEntityTypeConfiguration<Attendance>
{
    public void Configure(EntityTypeBuilder<Attendance> builder)
    {
        builder.ToTable("attendances");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.ActivityId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.StationId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.VolunteerId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.VolunteerName).HasMaxLength(50);
        builder.Property(a => a.InSource).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.OutSource).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Hours).HasPrecision(6, 2);
        builder.Property(a => a.CorrectionReason).HasMaxLength(200);
        builder.Property(a => a.CorrectedBy).HasMaxLength(64);
        builder.Property(a => a.ExportId).HasMaxLength(32);
        builder.Ignore(a => a.IsOpen);

        // One row a volunteer an activity: a second scan signs out, or is told they are in.
        builder.HasIndex(a => new { a.ActivityId, a.VolunteerId }).IsUnique();
        builder.HasIndex(a => new { a.VolunteerId, a.SignedInAt });
        builder.HasIndex(a => new { a.StationId, a.ExportedAt });
    }
}

internal sealed class ServiceExportConfiguration : IEntityTypeConfiguration<ServiceExport>
{
    public void Configure(EntityTypeBuilder<ServiceExport> builder)
    {
        builder.ToTable("exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(32);
        builder.Property(e => e.StationId).HasMaxLength(32).IsRequired();
        builder.Property(e => e.By).HasMaxLength(64);
        builder.Property(e => e.Scope).HasMaxLength(200);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(32);
        builder.Property(t => t.StationId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.LeaderId).HasMaxLength(32);
        builder.Property(t => t.Description).HasMaxLength(500);
        builder.OwnsMany(t => t.Members, m =>
        {
            m.ToTable("team_members");
            m.WithOwner().HasForeignKey("TeamId");
            m.HasKey(x => x.Id);
            m.Property(x => x.VolunteerId).HasMaxLength(32).IsRequired();
        });
        builder.Navigation(t => t.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(32);
        builder.Property(o => o.StationId).HasMaxLength(32).IsRequired();
        builder.Property(o => o.Name).HasMaxLength(100).IsRequired();
        builder.Property(o => o.Kind).HasMaxLength(50);
        builder.Property(o => o.Contact).HasMaxLength(100);
        builder.Property(o => o.Uscc).HasMaxLength(18);
        builder.Property(o => o.Stage).HasConversion<string>().HasMaxLength(20);
        builder.OwnsMany(o => o.Members, m =>
        {
            m.ToTable("organisation_members");
            m.WithOwner().HasForeignKey("OrganisationId");
            m.HasKey(x => x.Id);
            m.Property(x => x.VolunteerId).HasMaxLength(32).IsRequired();
        });
        builder.OwnsMany(o => o.Supports, s =>
        {
            s.ToTable("organisation_supports");
            s.WithOwner().HasForeignKey("OrganisationId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            s.Property(x => x.Text).HasMaxLength(500).IsRequired();
        });
        builder.OwnsMany(o => o.Stages, s =>
        {
            s.ToTable("organisation_stages");
            s.WithOwner().HasForeignKey("OrganisationId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(o => o.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.Supports).HasField("_supports").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(o => o.Stages).HasField("_stages").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(o => new { o.StationId, o.Stage });
    }
}
