using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

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
