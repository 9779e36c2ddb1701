using Microsoft.EntityFrameworkCore;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

internal static class Households
{
    /// <summary>Takes a member out; a household left with nobody goes too.</summary>
    public static void RemoveMember(RegistryDb db, Household household, long memberId)
    {
        household.Remove(memberId);
        if (household.Members.Count == 0)
        {
            db.Households.Remove(household);
        }
    }

    public static Task<Household?> OfAsync(RegistryDb db, string clientId, CancellationToken cancellationToken) =>
        db.Households.FirstOrDefaultAsync(h => h.Members.Any(m => m.ClientId == clientId), cancellationToken);
}
