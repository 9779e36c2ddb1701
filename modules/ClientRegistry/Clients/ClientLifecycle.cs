using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

internal static class ClientLifecycle
{
    public static async Task<Client> FindAsync(RegistryDb db, string id, CancellationToken cancellationToken) =>
        await db.Clients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
}
