using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.People;

/// <summary>
/// A worker registers a volunteer. One person, one record: a document already registered (by any station) is not a new
/// person — the existing record joins this station's list and its id is returned.
/// </summary>
[Requires(VolunteerPermissions.Record)]
public sealed class RegisterVolunteer : VolunteerInput, IRequest<Registered>, IAudited
{
    string IAudited.AuditAction => "登记志愿者";

    string? IAudited.AuditTarget => null;

    internal sealed class Handler(VolunteersDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<RegisterVolunteer, Registered>
    {
        public async Task<Registered> Handle(RegisterVolunteer request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记志愿者");
            var now = clock.GetUtcNow().UtcDateTime;
            var number = Documents.Normalise(request.DocumentType, request.DocumentNumber, LocalTime.Today(clock));
            var type = request.DocumentType;
            var existing = await db.Volunteers.FirstOrDefaultAsync(v => v.DocumentType == type && v.DocumentNumber == number, cancellationToken);
            if (existing is not null)
            {
                if (!await db.VolunteerStations.AnyAsync(s => s.VolunteerId == existing.Id, cancellationToken))
                {
                    db.VolunteerStations.Add(new VolunteerStation(existing.Id, station, now));
                    await db.SaveChangesAsync(cancellationToken);
                }

                return new Registered(existing.Id, Existing: true);
            }

            var volunteer = new Volunteer(request.Name.Trim(), station, now, VolunteerStatus.Checked);
            await request.ApplyAsync(db, volunteer, LocalTime.Today(clock), cancellationToken);
            db.Volunteers.Add(volunteer);
            db.VolunteerStations.Add(new VolunteerStation(volunteer.Id, station, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("这个证件号码刚刚已被登记：请在志愿者列表中找到他/她。", "documentNumber");
            }

            return new Registered(volunteer.Id, Existing: false);
        }
    }
}

/// <summary>The volunteer's id; <see cref="Existing"/> when the person was registered before (by this or another station).</summary>
public sealed record Registered(string Id, bool Existing);
