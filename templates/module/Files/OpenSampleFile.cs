using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample.Files;

/// <summary>
/// Opens the file of a client of the caller's station who holds the module's category (the kit checks that, in
/// Chinese), or updates it; the caller becomes the worker responsible for its visits.
/// </summary>
[Requires(SamplePermissions.Record)]
internal sealed record OpenSampleFile : IRequest, IAudited
{
    [JsonIgnore]
    public string ClientId { get; init; } = "";

    [StringLength(500, ErrorMessage = "需求不能超过 500 字。")]
    public string? Needs { get; init; }

    string IAudited.AuditAction => "保存示例模块档案";

    string? IAudited.AuditTarget => ClientId;

    internal sealed class Handler(SampleDb db, SampleFiles files, ICurrentUser user, TimeProvider clock) : IRequestHandler<OpenSampleFile, Unit>
    {
        public async Task<Unit> Handle(OpenSampleFile request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("建立示例模块档案");
            var file = await db.Files.FirstOrDefaultAsync(f => f.ClientId == request.ClientId, cancellationToken);
            if (file is null)
            {
                var client = await files.EligibleAsync(request.ClientId, station, cancellationToken);
                file = new SampleFile(client.Id, station, client.Name, user.UserId!, clock.GetUtcNow().UtcDateTime);
                db.Files.Add(file);
            }

            file.EnsureOpen();
            file.Needs = string.IsNullOrWhiteSpace(request.Needs) ? null : request.Needs.Trim();
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
