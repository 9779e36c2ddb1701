using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Identity;

/// <summary>Stations as other modules see them: a worker sees their own, everyone else sees all.</summary>
internal sealed class GetStationsHandler(StaffDb db, ICurrentUser user)
    : IRequestHandler<GetStations, IReadOnlyList<StationSummary>>, IRequestHandler<GetStation, StationSummary?>
{
    public async Task<IReadOnlyList<StationSummary>> Handle(GetStations request, CancellationToken cancellationToken) =>
        await Visible().OrderBy(s => s.Code).Select(s => new StationSummary(s.Id, s.Code, s.Name, s.Town, s.IsActive)).ToListAsync(cancellationToken);

    public async Task<StationSummary?> Handle(GetStation request, CancellationToken cancellationToken) =>
        await Visible().Where(s => s.Id == request.StationId).Select(s => new StationSummary(s.Id, s.Code, s.Name, s.Town, s.IsActive)).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<Domain.Station> Visible()
    {
        var stations = db.Stations.AsNoTracking();
        return user.SeesAllStations() ? stations : stations.Where(s => s.Id == user.StationId);
    }
}
