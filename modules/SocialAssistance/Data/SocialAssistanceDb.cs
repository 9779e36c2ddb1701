using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modularity.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Data;

/// <summary>The module's own database (SQLite file or PostgreSQL schema <c>social_assistance</c>): households, programmes, reviews.</summary>
internal abstract class SocialAssistanceDb(DbContextOptions options) : ModuleDbContext(options)
{
    protected override string ModuleKey => SocialAssistanceMessages.Module;

    public DbSet<AssistanceFile> Files => Set<AssistanceFile>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<AidApplication> AidApplications => Set<AidApplication>();

    public DbSet<CareVisit> CareVisits => Set<CareVisit>();

    public DbSet<CareAgreement> CareAgreements => Set<CareAgreement>();

    public DbSet<AlertImport> AlertImports => Set<AlertImport>();

    public DbSet<UnmatchedAlert> UnmatchedAlerts => Set<UnmatchedAlert>();

    public DbSet<VerificationTask> VerificationTasks => Set<VerificationTask>();
}

internal sealed class SqliteSocialAssistanceDb(DbContextOptions<SqliteSocialAssistanceDb> options) : SocialAssistanceDb(options);

internal sealed class PostgresSocialAssistanceDb(DbContextOptions<PostgresSocialAssistanceDb> options) : SocialAssistanceDb(options);

internal sealed class SqliteSocialAssistanceDbFactory : SqliteDesignTimeFactory<SqliteSocialAssistanceDb>;

internal sealed class PostgresSocialAssistanceDbFactory : PostgresDesignTimeFactory<PostgresSocialAssistanceDb>;

internal sealed class AssistanceFileConfiguration : IEntityTypeConfiguration<AssistanceFile>
{
    public void Configure(EntityTypeBuilder<AssistanceFile> builder)
    {
        builder.ToTable("files");
        builder.HasKey(f => f.ClientId);
        builder.HasIndex(f => new { f.StationId, f.State });
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programmes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(32);
        builder.Property(p => p.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(p => p.StationId).HasMaxLength(32).IsRequired();
        builder.Property(p => p.ApprovalDocument).HasMaxLength(100).IsRequired();
        builder.Property(p => p.ApprovalOffice).HasMaxLength(100).IsRequired();
        builder.Property(p => p.EndReason).HasMaxLength(200);
        builder.Ignore(p => p.IsActive);
        builder.HasIndex(p => new { p.ClientId, p.EndOn });
        builder.HasIndex(p => new { p.StationId, p.EndOn, p.NextReviewOn });
        builder.HasIndex(p => new { p.EndOn, p.NextReviewOn });
        builder.HasIndex(p => new { p.EndOn, p.NextVisitOn });
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(32);
        builder.Property(r => r.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.StationId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ProgrammeId).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Findings).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.Assets).HasMaxLength(500);
        builder.Property(r => r.Needs).HasMaxLength(500);
        builder.Property(r => r.NeedKind).HasMaxLength(20);
        builder.Property(r => r.WithdrawReason).HasMaxLength(200);
        foreach (var money in new[] { nameof(Review.MedicalExpense), nameof(Review.EducationExpense), nameof(Review.RehabilitationExpense), nameof(Review.AccidentExpense) })
        {
            builder.Property(money).HasPrecision(12, 2);
        }

        builder.Ignore(r => r.RigidExpense);
        builder.HasIndex(r => new { r.ProgrammeId, r.VisitedOn });
        builder.HasIndex(r => new { r.ClientId, r.VisitedAt });
        builder.OwnsMany(r => r.Members, m =>
        {
            m.ToTable("review_members");
            m.WithOwner().HasForeignKey("ReviewId");
            m.Property<string>("ReviewId").HasMaxLength(32);
            m.HasKey(x => x.Id);
            m.Property(x => x.Name).HasMaxLength(50).IsRequired();
            m.Property(x => x.Relation).HasMaxLength(20).IsRequired();
            foreach (var money in new[] { nameof(ReviewMember.Wages), nameof(ReviewMember.Business), nameof(ReviewMember.Property), nameof(ReviewMember.Transfer) })
            {
                m.Property(money).HasPrecision(12, 2);
            }

            m.Ignore(x => x.Total);
        });
        builder.Navigation(r => r.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class AidApplicationConfiguration : IEntityTypeConfiguration<AidApplication>
{
    public void Configure(EntityTypeBuilder<AidApplication> builder)
    {
        builder.ToTable("aid_applications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.StationId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.Name).HasMaxLength(50).IsRequired();
        builder.Property(a => a.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Cause).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Situation).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.GrantedBy).HasMaxLength(100);
        builder.Property(a => a.Amount).HasPrecision(12, 2);
        builder.Ignore(a => a.IsPending);
        builder.HasIndex(a => new { a.ClientId, a.Cause, a.AppliedOn });
        builder.HasIndex(a => new { a.StationId, a.DueOn });
    }
}

internal sealed class AlertImportConfiguration : IEntityTypeConfiguration<AlertImport>
{
    public void Configure(EntityTypeBuilder<AlertImport> builder)
    {
        builder.ToTable("alert_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).HasMaxLength(32);
        builder.Property(i => i.FileName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.ImportedBy).HasMaxLength(64).IsRequired();
        builder.HasIndex(i => i.ImportedAt);
    }
}

internal sealed class UnmatchedAlertConfiguration : IEntityTypeConfiguration<UnmatchedAlert>
{
    public void Configure(EntityTypeBuilder<UnmatchedAlert> builder)
    {
        builder.ToTable("unmatched_alerts");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.ImportId).HasMaxLength(32).IsRequired();
        builder.Property(u => u.IdNumber).HasMaxLength(18).IsRequired();
        builder.Property(u => u.Name).HasMaxLength(50);
        builder.Property(u => u.AlertType).HasMaxLength(50).IsRequired();
        builder.Property(u => u.Detail).HasMaxLength(500);
        builder.HasIndex(u => new { u.ImportId, u.Row });
    }
}

internal sealed class VerificationTaskConfiguration : IEntityTypeConfiguration<VerificationTask>
{
    public void Configure(EntityTypeBuilder<VerificationTask> builder)
    {
        builder.ToTable("verification_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(32);
        builder.Property(t => t.ImportId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.StationId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(50).IsRequired();
        builder.Property(t => t.AlertType).HasMaxLength(50).IsRequired();
        builder.Property(t => t.Detail).HasMaxLength(500);
        builder.Property(t => t.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.ResultText).HasMaxLength(2000);
        builder.Property(t => t.ClosedBy).HasMaxLength(64);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.IsOpen);
        builder.HasIndex(t => new { t.ClientId, t.AlertType, t.ClosedAt });
        builder.HasIndex(t => new { t.StationId, t.ClosedAt, t.DueOn });
        builder.HasIndex(t => new { t.ClosedAt, t.DueOn });
    }
}

internal sealed class CareVisitConfiguration : IEntityTypeConfiguration<CareVisit>
{
    public void Configure(EntityTypeBuilder<CareVisit> builder)
    {
        builder.ToTable("care_visits");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasMaxLength(32);
        builder.Property(v => v.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.StationId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(v => v.ProgrammeId).HasMaxLength(32).IsRequired();
        builder.Property(v => v.Findings).HasMaxLength(2000).IsRequired();
        builder.HasIndex(v => new { v.ProgrammeId, v.VisitedOn });
        builder.HasIndex(v => new { v.ClientId, v.VisitedAt });
    }
}

internal sealed class CareAgreementConfiguration : IEntityTypeConfiguration<CareAgreement>
{
    public void Configure(EntityTypeBuilder<CareAgreement> builder)
    {
        builder.ToTable("care_agreements");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(32);
        builder.Property(a => a.ClientId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.StationId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.ProgrammeId).HasMaxLength(32).IsRequired();
        builder.Property(a => a.CarerName).HasMaxLength(50).IsRequired();
        builder.Property(a => a.CarerRelation).HasMaxLength(20).IsRequired();
        builder.Property(a => a.CarerPhone).HasMaxLength(20).IsRequired();
        builder.Property(a => a.CarerIdNumber).HasMaxLength(18);
        builder.Property(a => a.Duties).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.FeeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.MonthlyFee).HasPrecision(12, 2);
        builder.Property(a => a.SignedBy).HasMaxLength(100).IsRequired();
        builder.Property(a => a.ScanKey).HasMaxLength(200);
        builder.Property(a => a.ScanViewKey).HasMaxLength(200);
        builder.Property(a => a.ScanFileName).HasMaxLength(200);
        builder.Property(a => a.ScanContentType).HasMaxLength(100);
        builder.Property(a => a.EndReason).HasMaxLength(200);
        builder.Property(a => a.EndedBy).HasMaxLength(64);
        builder.Ignore(a => a.LastDay);
        builder.Ignore(a => a.HasScan);
        builder.HasIndex(a => new { a.ClientId, a.StartOn });
        builder.HasIndex(a => new { a.StationId, a.EndOn });
        builder.HasIndex(a => a.EndOn);
    }
}
