using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Identity;

/// <summary>Stations as other modules see them: a worker sees their own, everyone else sees all.</summary>
internal sealed class GetStationsHandler(StaffDb db, ICurrentUser user)
    : IRequestHandler<GetStations, IReadOnlyList<StationSummary>>, IRequestHandler<GetStation, StationSummary?>, IRequestHandler<GetStationNames, IReadOnlyDictionary<string, string>>
{
    // Asked on most pages and by /api/v1/staff/me, so compiled once.
    private static readonly CompiledQuery<StaffDb, Func<StaffDb, string, CancellationToken, Task<StationSummary?>>> ById = new(() =>
        EF.CompileAsyncQuery((StaffDb db, string id, CancellationToken _) =>
            db.Stations.AsNoTracking().Where(s => s.Id == id).Select(s => new StationSummary(s.Id, s.Code, s.Name, s.Town, s.IsActive)).FirstOrDefault()));

    public async Task<IReadOnlyList<StationSummary>> Handle(GetStations request, CancellationToken cancellationToken)
    {
        var stations = db.Stations.AsNoTracking();
        if (!user.SeesAllStations())
        {
            stations = stations.Where(s => s.Id == user.StationId);
        }

        return await stations.OrderBy(s => s.Code).Select(s => new StationSummary(s.Id, s.Code, s.Name, s.Town, s.IsActive)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> Handle(GetStationNames request, CancellationToken cancellationToken) =>
        await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

    public Task<StationSummary?> Handle(GetStation request, CancellationToken cancellationToken) =>
        user.CanSeeStation(request.StationId) ? ById.For(db)(db, request.StationId, cancellationToken) : Task.FromResult<StationSummary?>(null);
}
