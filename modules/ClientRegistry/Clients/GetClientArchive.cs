using MediatR;
using Platform.Contracts.Identity;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The archive's sections and completeness without the identity details (not a full-ID view, so not audited as one).</summary>
[Requires(RegistryPermissions.View)]
internal sealed record GetClientArchive(string Id) : IRequest<ClientArchiveView>
{
    internal sealed class Handler(RegistryDb db) : IRequestHandler<GetClientArchive, ClientArchiveView>
    {
        public async Task<ClientArchiveView> Handle(GetClientArchive request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            return new ClientArchiveView(client.Id, client.Name, GetClientDetails.ProfileOf(client), ArchiveCompletion.Progress(client));
        }
    }
}

/// <summary>A client's name, archive sections and completeness.</summary>
internal sealed record ClientArchiveView(string Id, string Name, ProfileView Profile, ArchiveProgress Archive);
