using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>An activity with its sign-in sheet: who came, when, the hours, and what the worker must still settle.</summary>
[Requires(VolunteerPermissions.View)]
internal sealed record GetActivity(string Id) : IRequest<ActivityView>
{
    internal sealed class Handler(VolunteersDb db, TimeProvider clock) : IRequestHandler<GetActivity, ActivityView>
    {
        public async Task<ActivityView> Handle(GetActivity request, CancellationToken cancellationToken)
        {
            var a = await db.Activities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动，或您无权查看。");
            var now = clock.GetUtcNow().UtcDateTime;
            var rows = await (from t in db.Attendances.AsNoTracking()
                              where t.ActivityId == a.Id
                              join v in db.Volunteers.AsNoTracking() on t.VolunteerId equals v.Id
                              orderby t.SignedInAt, t.VolunteerName
                              select new { t, v.Status }).ToListAsync(cancellationToken);
            var lines = rows.Select(r => new AttendanceLine(
                r.t.Id, r.t.VolunteerId, r.t.VolunteerName, Local(r.t.SignedInAt), r.t.SignedOutAt is { } o ? Local(o) : null, r.t.InSource, r.t.OutSource, r.t.Hours,
                OpenFlag: r.t.IsOpen && now > a.EndsAt, AwaitingCheck: r.Status == VolunteerStatus.AwaitingCheck, r.t.CorrectionReason, r.t.ExportedAt is { } e ? Local(e) : null)).ToList();
            return new ActivityView(a.Id, a.StationId, a.WorkerId, a.WorkerName, a.Title, a.OrganisationId, a.OrganisationName ?? "本站点", a.Place, a.Content, a.GroupServed,
                a.Day, Local(a.StartsAt), Local(a.EndsAt), a.State, a.CreditedHours, lines,
                OpenSignIns: lines.Count(l => l.OpenFlag), AwaitingCheck: lines.Count(l => l.AwaitingCheck), Hours: lines.Sum(l => l.Hours));
        }
    }

    internal static DateTimeOffset Local(DateTime utc) => LocalTime.Of(new DateTimeOffset(utc, TimeSpan.Zero));
}

/// <summary>An activity as its page and the API show it; times are local (UTC+8).</summary>
public sealed record ActivityView(
    string Id, string StationId, string WorkerId, string WorkerName, string Title, string? OrganisationId, string Organiser, string Place, string Content, string? GroupServed,
    DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, ActivityState State, decimal CreditedHours, IReadOnlyList<AttendanceLine> Attendances,
    int OpenSignIns, int AwaitingCheck, decimal Hours);

/// <summary>
/// One volunteer on the sheet. <see cref="OpenFlag"/>: signed in, not out, and the activity is over — flagged for the
/// worker to settle, never guessed.
/// </summary>
public sealed record AttendanceLine(
    string Id, string VolunteerId, string Name, DateTimeOffset SignedInAt, DateTimeOffset? SignedOutAt, AttendanceSource InSource, AttendanceSource? OutSource, decimal Hours,
    bool OpenFlag, bool AwaitingCheck, string? CorrectionReason, DateTimeOffset? ExportedAt);
