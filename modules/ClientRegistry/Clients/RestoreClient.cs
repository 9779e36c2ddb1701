using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Brings an archived client back into the station's lists.</summary>
[Requires(RegistryPermissions.Register)]
internal sealed record RestoreClient(string Id) : IRequest<Unit>, IAudited
{
    string IAudited.AuditAction => "恢复已归档的服务对象";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<RestoreClient, Unit>
    {
        public async Task<Unit> Handle(RestoreClient request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            client.Restore(clock.GetUtcNow().UtcDateTime);
            Timeline.Add(db, client.Id, "restored", clock.GetUtcNow().UtcDateTime, "恢复为在册服务对象");
            db.EnqueueAbout(RegistryMessages.Client(client), $"restored:{Guid.NewGuid():N}", new ClientRestored(client.Id, client.StationId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
