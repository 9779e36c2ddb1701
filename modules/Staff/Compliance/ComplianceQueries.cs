using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>
/// Who is behind on the tender's obligations on <see cref="Day"/> (today when null): certificate within a year of hiring,
/// 2 hours of supervision a month, 60 hours of training a year. A worker sees only themselves; the lead, the bureau
/// and the administrator see every station, or one.
/// </summary>
[Requires(StaffPermissions.ViewCompliance)]
public sealed record GetCompliance(string? StationId = null, DateOnly? Day = null) : IRequest<ComplianceReport>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetCompliance, ComplianceReport>
    {
        public async Task<ComplianceReport> Handle(GetCompliance request, CancellationToken cancellationToken)
        {
            var day = request.Day ?? LocalTime.Today(clock);
            var workers = Workers.StationWorkers(db).Where(w => !w.IsDisabled);
            if (!user.SeesAllStations())
            {
                workers = workers.Where(w => w.Id == user.UserId);
            }

            else if (!string.IsNullOrEmpty(request.StationId))
            {
                workers = workers.Where(w => w.StationId == request.StationId);
            }

            var people = await workers.OrderBy(w => w.StationId).ThenBy(w => w.UserName)
                .Select(w => new { w.Id, w.DisplayName, w.StationId })
                .ToListAsync(cancellationToken);
            var ids = people.Select(p => p.Id).ToList();
            var stations = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => (s.Name, s.Code), cancellationToken);
            var profiles = await db.WorkerProfiles.AsNoTracking().Where(p => ids.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
            var yearStart = new DateOnly(day.Year, 1, 1);
            var supervision = await (from s in db.SupervisionSessions.AsNoTracking()
                                     from a in s.Attendees
                                     where !s.IsWithdrawn && s.Date >= yearStart && s.Date <= day && ids.Contains(a.WorkerId)
                                     select new { a.WorkerId, s.Date, s.Hours })
                .ToListAsync(cancellationToken);
            var training = await db.TrainingRecords.AsNoTracking().IgnoreQueryFilters()
                .Where(t => !t.IsWithdrawn && t.Date >= yearStart && t.Date <= day && ids.Contains(t.WorkerId))
                .Select(t => new { t.WorkerId, t.Hours })
                .ToListAsync(cancellationToken);
            var supervisionByWorker = supervision.ToLookup(s => s.WorkerId);
            var trainingByWorker = training.ToLookup(t => t.WorkerId, t => t.Hours);

            var rows = people.Select(p => ComplianceRow.Of(
                    p.Id,
                    p.DisplayName,
                    p.StationId!,
                    stations.GetValueOrDefault(p.StationId!).Name ?? "",
                    profiles.GetValueOrDefault(p.Id),
                    supervisionByWorker[p.Id].Select(s => (s.Date, s.Hours)).ToList(),
                    trainingByWorker[p.Id].Sum(),
                    day))
                .OrderBy(r => stations.GetValueOrDefault(r.StationId).Code, StringComparer.Ordinal)
                .ToList();
            return new ComplianceReport(day, rows);
        }
    }
}

/// <summary>The compliance of every worker the caller may see on one day.</summary>
public sealed record ComplianceReport(DateOnly Day, IReadOnlyList<ComplianceRow> Workers)
{
    public int Behind => Workers.Count(w => w.IsBehind);
}

/// <summary>The standing of the certificate obligation.</summary>
public enum CertificateStanding
{
    /// <summary>持证.</summary>
    Held,

    /// <summary>No certificate, deadline more than 90 days away.</summary>
    Due,

    /// <summary>No certificate, deadline within 90 days.</summary>
    Soon,

    /// <summary>No certificate, deadline passed.</summary>
    Overdue,

    /// <summary>The hiring date is not recorded, so the deadline is unknown.</summary>
    Unknown,
}

/// <summary>One worker's standing, with how far behind they are on each obligation.</summary>
public sealed record ComplianceRow(
    string WorkerId,
    string Name,
    string StationId,
    string StationName,
    DateOnly? HiredOn,
    CertificateLevel Certificate,
    string? CertificateNumber,
    CertificateStanding CertificateStanding,
    DateOnly? CertificateDeadline,
    int? DaysToDeadline,
    string? NotEligibleReason,
    decimal SupervisionThisMonth,
    decimal SupervisionShortThisMonth,
    IReadOnlyList<int> MonthsShortOfSupervision,
    decimal SupervisionThisYear,
    decimal TrainingThisYear,
    decimal TrainingExpectedByNow,
    decimal TrainingBehind)
{
    /// <summary>Behind on something: certificate overdue or due within 90 days, a past month short of supervision, or training behind pace.</summary>
    public bool IsBehind =>
        CertificateStanding is CertificateStanding.Overdue or CertificateStanding.Soon or CertificateStanding.Unknown
        || MonthsShortOfSupervision.Count > 0
        || TrainingBehind > 0;

    public string CertificateName => Certificate switch
    {
        CertificateLevel.Assistant => "助理社会工作师",
        CertificateLevel.Intermediate => "社会工作师",
        CertificateLevel.Senior => "高级社会工作师",
        _ => "未持证",
    };

    /// <summary>The certificate obligation in words: 持证, or the deadline and how far off or past it is.</summary>
    public string CertificateText => CertificateStanding switch
    {
        CertificateStanding.Held => CertificateName,
        CertificateStanding.Unknown => "未持证，未填写入职日期",
        CertificateStanding.Overdue => $"未持证，已逾期 {-DaysToDeadline} 天（应于 {CertificateDeadline:yyyy-MM-dd} 前取得）",
        _ => $"未持证，{CertificateDeadline:yyyy-MM-dd} 前须取得（还有 {DaysToDeadline} 天）",
    };

    internal static ComplianceRow Of(string workerId, string name, string stationId, string stationName, WorkerProfile? profile, IReadOnlyList<(DateOnly Date, decimal Hours)> supervision, decimal trainingHours, DateOnly day)
    {
        var certificate = profile?.Certificate ?? CertificateLevel.None;
        var deadline = profile?.CertificateDeadline;
        int? daysLeft = deadline is { } d ? d.DayNumber - day.DayNumber : null;
        var standing = certificate != CertificateLevel.None ? CertificateStanding.Held
            : daysLeft is not { } left ? CertificateStanding.Unknown
            : left < 0 ? CertificateStanding.Overdue
            : left <= ComplianceRules.CertificateWarnings[0] ? CertificateStanding.Soon
            : CertificateStanding.Due;

        // Supervision is owed for each month from the month of hiring; a month counts as short once it is over.
        var hired = profile?.HiredOn;
        var firstMonth = hired is { } h && h.Year == day.Year ? h.Month : 1;
        var byMonth = supervision.GroupBy(s => s.Date.Month).ToDictionary(g => g.Key, g => g.Sum(s => s.Hours));
        var thisMonth = byMonth.GetValueOrDefault(day.Month);
        var shortMonths = Enumerable.Range(firstMonth, Math.Max(0, day.Month - firstMonth))
            .Where(m => byMonth.GetValueOrDefault(m) < ComplianceRules.SupervisionHoursPerMonth)
            .ToList();
        if (hired is { } hiredOn && hiredOn.Year > day.Year)
        {
            shortMonths.Clear();
        }

        // Training is owed pro rata over the part of the year the worker is employed.
        var yearStart = new DateOnly(day.Year, 1, 1);
        var yearEnd = new DateOnly(day.Year, 12, 31);
        var from = hired is { } hd && hd > yearStart ? hd : yearStart;
        var expected = day < from ? 0m : Math.Round(ComplianceRules.TrainingHoursPerYear * (day.DayNumber - from.DayNumber + 1) / (yearEnd.DayNumber - yearStart.DayNumber + 1), 1);
        return new ComplianceRow(
            workerId,
            name,
            stationId,
            stationName,
            hired,
            certificate,
            profile?.CertificateNumber,
            standing,
            deadline,
            daysLeft,
            profile?.NotEligibleReason,
            thisMonth,
            Math.Max(0, ComplianceRules.SupervisionHoursPerMonth - thisMonth),
            shortMonths,
            supervision.Sum(s => s.Hours),
            trainingHours,
            expected,
            Math.Max(0, expected - trainingHours));
    }
}

/// <summary>A worker's file: the compliance row, the personnel record, the supervision received and the training taken this year and last.</summary>
[Requires(StaffPermissions.ViewCompliance)]
public sealed record GetWorkerFile(string WorkerId) : IRequest<WorkerFile>
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
                .Select(t => new TrainingLine(t.Id, t.Date, t.Course, t.Organiser, t.Hours, t.CertificateViewKey, t.CertificateFileName, t.IsWithdrawn, t.WithdrawReason))
                .ToListAsync(cancellationToken);
            return new WorkerFile(worker.Id, worker.DisplayName, worker.StationId, row, profile is null ? null : new ProfileView(profile.HiredOn, profile.Education, profile.Certificate, profile.CertificateNumber, profile.CertificateObtainedOn, profile.NotEligibleReason), sessions, training);
        }
    }
}

public sealed record WorkerFile(string WorkerId, string Name, string? StationId, ComplianceRow? Compliance, ProfileView? Profile, IReadOnlyList<SupervisionLine> Supervision, IReadOnlyList<TrainingLine> Training);

public sealed record ProfileView(DateOnly? HiredOn, string? Education, CertificateLevel Certificate, string? CertificateNumber, DateOnly? CertificateObtainedOn, string? NotEligibleReason);

public sealed record SupervisionLine(string Id, DateOnly Date, decimal Hours, string Mode, string Supervisor, string Topic, bool IsWithdrawn);

public sealed record TrainingLine(string Id, DateOnly Date, string Course, string Organiser, decimal Hours, string? CertificateKey, string? CertificateFileName, bool IsWithdrawn, string? WithdrawReason);

/// <summary>Supervision sessions, newest first: the lead, bureau and administrator see all; a worker those they attended.</summary>
[Requires(StaffPermissions.ViewCompliance)]
public sealed record ListSupervision(int Take = 200) : IRequest<IReadOnlyList<SupervisionSummary>>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user) : IRequestHandler<ListSupervision, IReadOnlyList<SupervisionSummary>>
    {
        public async Task<IReadOnlyList<SupervisionSummary>> Handle(ListSupervision request, CancellationToken cancellationToken)
        {
            var sessions = db.SupervisionSessions.AsNoTracking();
            if (!user.SeesAllStations())
            {
                sessions = sessions.Where(s => s.Attendees.Any(a => a.WorkerId == user.UserId));
            }

            var list = await sessions.OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt).Take(request.Take)
                .Select(s => new { s.Id, s.Date, s.Hours, s.Mode, s.Supervisor, s.Topic, s.Record, s.IsWithdrawn, s.WithdrawReason, Workers = s.Attendees.Select(a => a.WorkerId).ToList() })
                .ToListAsync(cancellationToken);
            var workerIds = list.SelectMany(s => s.Workers).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => workerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            return list.Select(s => new SupervisionSummary(s.Id, s.Date, s.Hours, s.Mode == SupervisionMode.Online ? "线上" : "线下", s.Supervisor, s.Topic, s.Record, s.Workers.Select(w => names.GetValueOrDefault(w, w)).ToList(), s.IsWithdrawn, s.WithdrawReason)).ToList();
        }
    }
}

public sealed record SupervisionSummary(string Id, DateOnly Date, decimal Hours, string Mode, string Supervisor, string Topic, string Record, IReadOnlyList<string> Workers, bool IsWithdrawn, string? WithdrawReason);

/// <summary>Station workers as the compliance records need them.</summary>
internal static class Workers
{
    public static IQueryable<StaffUser> StationWorkers(StaffDb db) =>
        db.Users.AsNoTracking().Where(a => a.StationId != null && db.UserRoles.Any(r => r.UserId == a.Id && r.RoleId == Roles.Worker));

    /// <summary>A station worker the caller may see (a worker only themselves), or not found.</summary>
    public static async Task<StaffUser> GetAsync(StaffDb db, ICurrentUser user, string workerId, CancellationToken cancellationToken)
    {
        var worker = await StationWorkers(db).FirstOrDefaultAsync(w => w.Id == workerId, cancellationToken);
        if (worker is null || (!user.SeesAllStations() && worker.Id != user.UserId))
        {
            throw new NotFoundException("找不到这名社工，或您无权查看。");
        }

        return worker;
    }
}

/// <summary>Opens a training record's certificate, for whoever may see the record.</summary>
[Requires(StaffPermissions.ViewCompliance)]
public sealed record GetTrainingCertificate(string TrainingId, bool Original = false) : IRequest<Platform.Modularity.Files.OpenedUpload>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user, Platform.Modularity.Files.IUploadStore store) : IRequestHandler<GetTrainingCertificate, Platform.Modularity.Files.OpenedUpload>
    {
        public async Task<Platform.Modularity.Files.OpenedUpload> Handle(GetTrainingCertificate request, CancellationToken cancellationToken)
        {
            var training = await db.TrainingRecords.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TrainingId, cancellationToken);
            if (training is null || (!user.SeesAllStations() && training.WorkerId != user.UserId) || training.CertificateKey is null)
            {
                throw new NotFoundException("找不到这份培训证书。");
            }

            return await store.OpenAsync(request.Original ? training.CertificateKey : training.CertificateViewKey!, cancellationToken)
                ?? throw new NotFoundException("证书文件已不存在。");
        }
    }
}

/// <summary>One supervision session: the lead, bureau and administrator see any; a worker one they attended.</summary>
[Requires(StaffPermissions.ViewCompliance)]
public sealed record GetSupervision(string Id) : IRequest<SupervisionSummary>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user) : IRequestHandler<GetSupervision, SupervisionSummary>
    {
        public async Task<SupervisionSummary> Handle(GetSupervision request, CancellationToken cancellationToken)
        {
            var session = await db.SupervisionSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
            if (session is null || (!user.SeesAllStations() && session.Attendees.All(a => a.WorkerId != user.UserId)))
            {
                throw new NotFoundException("找不到这次督导，或您无权查看。");
            }

            var ids = session.Attendees.Select(a => a.WorkerId).ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            return new SupervisionSummary(session.Id, session.Date, session.Hours, session.ModeName, session.Supervisor, session.Topic, session.Record, ids.Select(i => names.GetValueOrDefault(i, i)).ToList(), session.IsWithdrawn, session.WithdrawReason);
        }
    }
}
