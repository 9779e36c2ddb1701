using MediatR;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Adds a need to the archive: from the archive page, or from another module that found it on a visit.</summary>
internal sealed class AddClientNeedHandler(RegistryDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddClientNeed, long>
{
    public async Task<long> Handle(AddClientNeed request, CancellationToken cancellationToken)
    {
        var client = await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
        var need = client.AddNeed(request.Kind, request.Description ?? "", request.Priority, request.Source, clock.GetUtcNow().UtcDateTime);
        ArchiveCompletion.CreditIfComplete(db, client, request.WorkerId ?? user.UserId ?? "system", clock.GetUtcNow(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return need.Id;
    }
}
