using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Data;

internal sealed class WorkerProfileConfiguration : IEntityTypeConfiguration<WorkerProfile>
{
    public void Configure(EntityTypeBuilder<WorkerProfile> builder)
    {
        builder.ToTable("worker_profiles");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(64);
        builder.HasOne<StaffUser>().WithOne().HasForeignKey<WorkerProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Education).HasMaxLength(30);
        builder.Property(p => p.Certificate).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CertificateNumber).HasMaxLength(40);
        builder.Property(p => p.NotEligibleReason).HasMaxLength(100);
    }
}

internal sealed class SupervisionSessionConfiguration : IEntityTypeConfiguration<SupervisionSession>
{
    public void Configure(EntityTypeBuilder<SupervisionSession> builder)
    {
        builder.ToTable("supervision_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.Hours).HasPrecision(5, 2);
        builder.Property(s => s.Mode).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Supervisor).HasMaxLength(50).IsRequired();
        builder.Property(s => s.Topic).HasMaxLength(100).IsRequired();
        builder.Property(s => s.Record).HasMaxLength(4000).IsRequired();
        builder.Property(s => s.RecordedBy).HasMaxLength(64).IsRequired();
        builder.Property(s => s.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(s => s.Date);
        builder.OwnsMany(s => s.Attendees, attendee =>
        {
            attendee.ToTable("supervision_attendees");
            attendee.WithOwner().HasForeignKey("SessionId");
            attendee.HasKey(a => a.Id);
            attendee.Property(a => a.WorkerId).HasMaxLength(64).IsRequired();
            attendee.Property(a => a.StationId).HasMaxLength(32).IsRequired();
            attendee.HasIndex(a => a.WorkerId);
        });
        builder.Navigation(s => s.Attendees).HasField("_attendees").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.ToTable("training_records");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasMaxLength(32);
        builder.Property(t => t.WorkerId).HasMaxLength(64).IsRequired();
        builder.Property(t => t.StationId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.Course).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Organiser).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Hours).HasPrecision(6, 2);
        builder.Property(t => t.CertificateKey).HasMaxLength(200);
        builder.Property(t => t.CertificateViewKey).HasMaxLength(200);
        builder.Property(t => t.CertificateFileName).HasMaxLength(200);
        builder.Property(t => t.CertificateContentType).HasMaxLength(100);
        builder.Property(t => t.RecordedBy).HasMaxLength(64).IsRequired();
        builder.Property(t => t.WithdrawReason).HasMaxLength(200);
        builder.HasIndex(t => new { t.WorkerId, t.Date });
    }
}
