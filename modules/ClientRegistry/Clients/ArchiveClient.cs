using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Archives a client (归档): out of lists and searches, history kept, restorable.</summary>
[Requires(RegistryPermissions.Register)]
internal sealed class ArchiveClient : IRequest<Unit>, IAudited
{
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明归档原因（如死亡、迁出、不再符合条件）。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 个字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "归档服务对象";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<ArchiveClient, Unit>
    {
        public async Task<Unit> Handle(ArchiveClient request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            client.Archive(request.Reason, clock.GetUtcNow().UtcDateTime);
            Timeline.Add(db, client.Id, "archived", clock.GetUtcNow().UtcDateTime, "归档", request.Reason);
            db.EnqueueAbout(RegistryMessages.Client(client), $"archived:{Guid.NewGuid():N}", new ClientArchived(client.Id, client.StationId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
