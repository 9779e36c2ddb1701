using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.People;

/// <summary>
/// A volunteer and their service record at the caller's stations: each activity, its day, times, hours, content and who
/// recorded it. The printable page of it is a record of service, not a 证明 (67号令 reserves that word for the
/// recording organisation's certificate).
/// </summary>
[Requires(VolunteerPermissions.View)]
internal sealed record GetVolunteer(string Id) : IRequest<VolunteerView>
{
    internal sealed class Handler(VolunteersDb db) : IRequestHandler<GetVolunteer, VolunteerView>
    {
        public async Task<VolunteerView> Handle(GetVolunteer request, CancellationToken cancellationToken)
        {
            var v = await db.Known.AsNoTracking().FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这名志愿者，或不是本站点的志愿者。");
            var rows = await (from t in db.Attendances.AsNoTracking()
                              where t.VolunteerId == v.Id
                              join a in db.Activities.AsNoTracking() on t.ActivityId equals a.Id
                              orderby t.SignedInAt descending
                              select new { t, a.Title, a.Content, a.WorkerName, a.State, a.OrganisationName, a.StationId }).ToListAsync(cancellationToken);
            var service = rows.Select(r => new ServiceLine(r.t.ActivityId, r.Title, r.OrganisationName ?? "民政服务站", GetActivity.Local(r.t.SignedInAt), r.t.SignedOutAt is { } o ? GetActivity.Local(o) : null,
                r.t.Hours, r.Content, r.WorkerName, r.State == ActivityState.Closed, r.t.CorrectionReason)).ToList();
            var teams = await db.Teams.AsNoTracking().Where(t => t.Members.Any(m => m.VolunteerId == v.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
            return new VolunteerView(v.Id, v.Name, v.DocumentType, Masking.IdNumber(v.DocumentNumber), Masking.Phone(v.Phone), v.NationalNumber, v.Skills, v.Availability, v.Consent, v.Status,
                v.ClaimedLast4, teams, service, service.Where(s => s.Closed).Sum(s => s.Hours));
        }
    }
}

/// <summary>A volunteer as their page shows them (numbers masked), with their service record.</summary>
public sealed record VolunteerView(string Id, string Name, DocumentType DocumentType, string? DocumentNumber, string? Phone, string? NationalNumber, string? Skills, string? Availability,
    bool Consent, VolunteerStatus Status, string? ClaimedLast4, IReadOnlyList<string> Teams, IReadOnlyList<ServiceLine> Service, decimal RecordedHours);

/// <summary>One activity served; <see cref="Closed"/> once the recording worker closed the sheet (its hours then count).</summary>
public sealed record ServiceLine(string ActivityId, string Activity, string Organiser, DateTimeOffset SignedInAt, DateTimeOffset? SignedOutAt, decimal Hours, string Content, string RecordedBy, bool Closed, string? Correction);
