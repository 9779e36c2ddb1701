using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample.Files;

/// <summary>The open files the caller may see (a worker: their station's), by name — archived and closed ones are not listed.</summary>
[Requires(SamplePermissions.View)]
internal sealed record ListSampleFiles : IRequest<IReadOnlyList<SampleFileLine>>
{
    internal sealed class Handler(SampleDb db) : IRequestHandler<ListSampleFiles, IReadOnlyList<SampleFileLine>>
    {
        public async Task<IReadOnlyList<SampleFileLine>> Handle(ListSampleFiles request, CancellationToken cancellationToken) =>
            await db.Files.AsNoTracking().Open().OrderBy(f => f.Name).Take(500)
                .Select(f => new SampleFileLine(f.ClientId, f.StationId, f.Name, f.WorkerId,
                    db.Visits.Where(v => v.ClientId == f.ClientId && !v.IsWithdrawn).Max(v => (DateTime?)v.VisitedAt)))
                .ToListAsync(cancellationToken);
    }
}

/// <summary>A file in the list, with its last visit (UTC).</summary>
public sealed record SampleFileLine(string ClientId, string StationId, string Name, string WorkerId, DateTime? LastVisit);
