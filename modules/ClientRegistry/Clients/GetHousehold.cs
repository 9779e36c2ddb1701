using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The household a client belongs to, with each member's relation to the head; null when none is recorded.</summary>
[Requires(RegistryPermissions.View)]
internal sealed record GetHousehold(string ClientId) : IRequest<HouseholdView?>
{
    internal sealed class Handler(RegistryDb db) : IRequestHandler<GetHousehold, HouseholdView?>
    {
        public async Task<HouseholdView?> Handle(GetHousehold request, CancellationToken cancellationToken)
        {
            await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var household = await Households.OfAsync(db, request.ClientId, cancellationToken);
            if (household is null)
            {
                return null;
            }

            // Members who are clients show under their archive's current name.
            var ids = household.Members.Where(m => m.ClientId != null).Select(m => m.ClientId!).ToList();
            var names = await db.Clients.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            return new HouseholdView(
                household.Id,
                household.Members
                    .OrderBy(m => Household.Relations.ToList().IndexOf(m.Relation)).ThenBy(m => m.Id)
                    .Select(m => new HouseholdMemberView(m.Id, m.ClientId, m.ClientId is { } id && names.TryGetValue(id, out var name) ? name : m.Name, m.Relation, m.Notes))
                    .ToList());
        }
    }
}

/// <summary>A household as the client page shows it.</summary>
public sealed record HouseholdView(string Id, IReadOnlyList<HouseholdMemberView> Members);

/// <summary>A member: a client (with their id, to link) or a named person.</summary>
public sealed record HouseholdMemberView(long Id, string? ClientId, string Name, string Relation, string? Notes);
