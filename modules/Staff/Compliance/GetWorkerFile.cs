using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>A worker's file: the compliance row, the personnel record, the supervision received and the training taken this year and last.</summary>
[Requires(StaffPermissions.ViewCompliance)]
internal sealed record GetWorkerFile(string WorkerId) : IRequest<WorkerFile>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user, IMediator mediator, TimeProvider clock) : IRequestHandler<GetWorkerFile, WorkerFile>
    {
        public async Task<WorkerFile> Handle(GetWorkerFile request, CancellationToken cancellationToken)
        {
            var worker = await Workers.GetAsync(db, user, request.WorkerId, cancellationToken);
            var report = await mediator.Send(new GetCompliance(worker.StationId), cancellationToken);
            var row = report.Workers.FirstOrDefault(w => w.WorkerId == worker.Id);
            var profile = await db.WorkerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == worker.Id, cancellationToken);
            var since = new DateOnly(LocalTime.Today(clock).Year - 1, 1, 1);
            var sessions = await db.SupervisionSessions.AsNoTracking()
                .Where(s => s.Date >= since && s.Attendees.Any(a => a.WorkerId == worker.Id))
                .OrderByDescending(s => s.Date)
                .Select(s => new SupervisionLine(s.Id, s.Date, s.Hours, s.Mode == SupervisionMode.Online ? "线上" : "线下", s.Supervisor, s.Topic, s.IsWithdrawn))
                .ToListAsync(cancellationToken);
            var training = await db.TrainingRecords.AsNoTracking().IgnoreQueryFilters()
                .Where(t => t.WorkerId == worker.Id && t.Date >= since)
                .OrderByDescending(t => t.Date)
                .Select(t => new TrainingLine
                {
                    Id = t.Id,
                    Date = t.Date,
                    Course = t.Course,
                    Organiser = t.Organiser,
                    Hours = t.Hours,
                    CertificateKey = t.CertificateViewKey,
                    CertificateFileName = t.CertificateFileName,
                    IsWithdrawn = t.IsWithdrawn,
                    WithdrawReason = t.WithdrawReason,
                })
                .ToListAsync(cancellationToken);
            return new WorkerFile(worker.Id, worker.DisplayName, worker.StationId, row, profile is null ? null : new ProfileView(profile.HiredOn, profile.Education, profile.Certificate, profile.CertificateNumber, profile.CertificateObtainedOn, profile.NotEligibleReason), sessions, training);
        }
    }
}

public sealed record WorkerFile(string WorkerId, string Name, string? StationId, ComplianceRow? Compliance, ProfileView? Profile, IReadOnlyList<SupervisionLine> Supervision, IReadOnlyList<TrainingLine> Training);

public sealed record ProfileView(DateOnly? HiredOn, string? Education, CertificateLevel Certificate, string? CertificateNumber, DateOnly? CertificateObtainedOn, string? NotEligibleReason);

public sealed record SupervisionLine(string Id, DateOnly Date, decimal Hours, string Mode, string Supervisor, string Topic, bool IsWithdrawn);

public sealed record TrainingLine
{
    public required string Id { get; init; }

    public required DateOnly Date { get; init; }

    public required string Course { get; init; }

    public required string Organiser { get; init; }

    public required decimal Hours { get; init; }

    public required string? CertificateKey { get; init; }

    public required string? CertificateFileName { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }
}
