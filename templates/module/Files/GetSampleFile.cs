using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample.Files;

/// <summary>One file, where it stands and its visits; another station's file is not found.</summary>
[Requires(SamplePermissions.View)]
internal sealed record GetSampleFile(string ClientId) : IRequest<SampleFileView>
{
    internal sealed class Handler(SampleDb db, SampleFiles files) : IRequestHandler<GetSampleFile, SampleFileView>
    {
        public async Task<SampleFileView> Handle(GetSampleFile request, CancellationToken cancellationToken)
        {
            var file = await files.Files.AsNoTracking().FirstOrDefaultAsync(f => f.ClientId == request.ClientId, cancellationToken)
                ?? throw new NotFoundException($"找不到这名服务对象的{SampleFiles.Eligible.Title}，或您无权查看。");
            var visits = await db.Visits.AsNoTracking().Where(v => v.ClientId == file.ClientId).OrderByDescending(v => v.VisitedAt).Take(100)
                .Select(v => new SampleVisitView(v.Id, LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)), v.WorkerId, v.Content, v.IsWithdrawn, v.WithdrawReason))
                .ToListAsync(cancellationToken);
            return new SampleFileView(file.ClientId, file.StationId, file.Name, file.WorkerId, file.Needs, visits, await files.StandingAsync(file, cancellationToken));
        }
    }
}

public sealed record SampleFileView(string ClientId, string StationId, string Name, string WorkerId, string? Needs, IReadOnlyList<SampleVisitView> Visits, ClientFileStanding Standing);

/// <summary>A visit on the file's page, Beijing time.</summary>
public sealed record SampleVisitView(string Id, DateTimeOffset VisitedAt, string WorkerId, string Content, bool IsWithdrawn, string? WithdrawReason);
