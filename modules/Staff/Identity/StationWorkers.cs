using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Identity;

/// <summary>Answers <see cref="GetStationWorkers"/>: workers of the stations the caller may see.</summary>
internal sealed class StationWorkersHandler(StaffDb db, ICurrentUser user) : IRequestHandler<GetStationWorkers, IReadOnlyList<StaffMember>>
{
    public async Task<IReadOnlyList<StaffMember>> Handle(GetStationWorkers request, CancellationToken cancellationToken)
    {
        var workers = from a in db.Users.AsNoTracking()
                      where db.UserRoles.Any(r => r.UserId == a.Id && r.RoleId == Roles.Worker)
                      select a;
        if (!user.SeesAllStations())
        {
            workers = workers.Where(a => a.StationId != null && a.StationId == user.StationId);
        }

        if (!string.IsNullOrEmpty(request.StationId))
        {
            workers = workers.Where(a => a.StationId == request.StationId);
        }

        return await workers.OrderBy(a => a.StationId).ThenBy(a => a.UserName)
            .Select(a => new StaffMember(a.Id, a.UserName!, a.DisplayName, a.StationId, !a.IsDisabled))
            .ToListAsync(cancellationToken);
    }
}

/// <summary>Answers <see cref="GetStaffInRole"/>: active and disabled holders of a role, whoever asks.</summary>
internal sealed class StaffInRoleHandler(StaffDb db) : IRequestHandler<GetStaffInRole, IReadOnlyList<StaffMember>>
{
    public async Task<IReadOnlyList<StaffMember>> Handle(GetStaffInRole request, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(a => db.UserRoles.Any(r => r.UserId == a.Id && r.RoleId == request.Role))
            .OrderBy(a => a.UserName)
            .Select(a => new StaffMember(a.Id, a.UserName!, a.DisplayName, a.StationId, !a.IsDisabled))
            .ToListAsync(cancellationToken);
}
