using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;

namespace Platform.Modules.Volunteers.Exports;

/// <summary>The exports made for the national system (the caller's station's), latest first: when, by whom, how many rows.</summary>
[Requires(VolunteerPermissions.View)]
internal sealed record ListExports : IRequest<IReadOnlyList<ExportLine>>
{
    internal sealed class Handler(VolunteersDb db) : IRequestHandler<ListExports, IReadOnlyList<ExportLine>>
    {
        public async Task<IReadOnlyList<ExportLine>> Handle(ListExports request, CancellationToken cancellationToken) =>
            (await db.Exports.AsNoTracking().OrderByDescending(e => e.At).Take(50).ToListAsync(cancellationToken))
                .Select(e => new ExportLine(e.Id, e.StationId, Activities.GetActivity.Local(e.At), e.By, e.Rows, e.Scope)).ToList();
    }
}

public sealed record ExportLine(string Id, string StationId, DateTimeOffset At, string By, int Rows, string Scope);
