using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance.Visits;

/// <summary>
/// A monthly home visit of a 分散供养 特困 person (探视巡访): credited as a home visit (OUTREACH, 2 h) once and put on the
/// timeline through the outbox, in the visit's own transaction; the next visit falls due from its day.
/// </summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class RecordCareVisit : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请填写探视时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明探视看到的生活和照料情况。")]
    [StringLength(2000, ErrorMessage = "探视情况不能超过 2000 字。")]
    public string Findings { get; set; } = "";

    string IAudited.AuditAction => "分散供养特困人员探视";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{VisitedAt:yyyy-MM-dd}";

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceFiles files, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordCareVisit, string>
    {
        public async Task<string> Handle(RecordCareVisit request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记特困人员探视");
            var file = await files.ForRecordingAsync(request.ClientId, cancellationToken);
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock, "探视");
            var programme = await db.Programmes.FirstOrDefaultAsync(p => p.ClientId == file.ClientId && p.EndOn == null && p.VisitEveryMonths != null, cancellationToken)
                ?? throw new BusinessRuleException($"{file.Name}没有在享的分散供养特困供养，不需要按月探视。", "clientId");
            var day = LocalTime.DateOf(visitedAt);
            programme.EnsureReviewable(day);
            var visit = new CareVisit(file.ClientId, station, user.UserId!, programme.Id, visitedAt.UtcDateTime, request.Findings.Trim(), clock.GetUtcNow().UtcDateTime);
            db.CareVisits.Add(visit);
            programme.Visited(day);
            var source = SocialAssistanceMessages.CareVisit(visit.Id);
            var link = SocialAssistanceMessages.Link(file.ClientId);
            db.EnqueueCredit(source, new ServiceCredit(station, visit.WorkerId, Indicators.Outreach, 1, day, [file.ClientId], $"分散供养特困人员探视：{file.Name}", link), clock);
            db.EnqueueTimeline(source, [file.ClientId], LocalTime.Of(visitedAt), "分散供养特困人员探视", visit.Findings.Length > 60 ? visit.Findings[..60] + "…" : visit.Findings, link, clock);
            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }
    }
}

/// <summary>The 分散供养 特困 people owed a monthly visit today or overdue, of a station or all the caller sees (soonest first, at most 1,000).</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record ListDueVisits(string? StationId = null) : IRequest<IReadOnlyList<VisitLine>>
{
    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<ListDueVisits, IReadOnlyList<VisitLine>>
    {
        public async Task<IReadOnlyList<VisitLine>> Handle(ListDueVisits request, CancellationToken cancellationToken) =>
            await DueVisits.Query(db, LocalTime.Today(clock), request.StationId, null).OrderBy(l => l.NextDue).ThenBy(l => l.Name).Take(1000).ToListAsync(cancellationToken);
    }
}

internal static class DueVisits
{
    public static IQueryable<VisitLine> Query(SocialAssistanceDb db, DateOnly dueBy, string? stationId, string? workerId)
    {
        var programmes = db.Programmes.AsNoTracking().Where(p => p.EndOn == null && p.NextVisitOn <= dueBy);
        if (!string.IsNullOrEmpty(stationId))
        {
            programmes = programmes.Where(p => p.StationId == stationId);
        }

        var open = db.Files.AsNoTracking().Open();
        if (!string.IsNullOrEmpty(workerId))
        {
            open = open.Where(f => f.WorkerId == workerId);
        }

        return from p in programmes
               join f in open on p.ClientId equals f.ClientId
               select new VisitLine { ProgrammeId = p.Id, ClientId = p.ClientId, StationId = p.StationId, Name = f.Name, WorkerId = f.WorkerId, EveryMonths = p.VisitEveryMonths!.Value, LastVisit = p.LastVisitOn, NextDue = p.NextVisitOn!.Value };
    }
}

/// <summary>A 分散供养 特困 person owed a visit: whose, every how many months, last visited, next owed.</summary>
public sealed class VisitLine
{
    public string ProgrammeId { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public int EveryMonths { get; init; }

    public DateOnly? LastVisit { get; init; }

    public DateOnly NextDue { get; init; }
}
