using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The registry contract other modules use: who a client is, and who holds a category; always station-scoped.</summary>
internal sealed class ClientContractHandlers(RegistryDb db, TimeProvider clock)
    : IRequestHandler<GetClient, ClientSummary?>, IRequestHandler<GetClients, IReadOnlyList<ClientSummary>>,
      IRequestHandler<ListClientsByCategory, IReadOnlyList<ClientSummary>>, IRequestHandler<FindClients, IReadOnlyList<ClientSummary>>,
      IRequestHandler<FindClientsByIdNumbers, IReadOnlyDictionary<string, ClientSummary>>
{
    public async Task<IReadOnlyList<ClientSummary>> Handle(FindClients request, CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            return [];
        }

        var clients = await SearchClients.Filter(db, db.Clients.AsNoTracking(), request.Query, null, null, null, today)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Take(Math.Clamp(request.Limit, 1, 100))
            .ToListAsync(cancellationToken);
        return clients.Select(c => Summary(c, today)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, ClientSummary>> Handle(FindClientsByIdNumbers request, CancellationToken cancellationToken)
    {
        var numbers = request.IdNumbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim().ToUpperInvariant()).Distinct().ToList();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numbers.Count, FindClientsByIdNumbers.MostPerCall, nameof(request.IdNumbers));
        if (numbers.Count == 0)
        {
            return new Dictionary<string, ClientSummary>();
        }

        var today = LocalTime.Today(clock);
        var clients = await db.Clients.AsNoTracking().Where(c => !c.IsArchived && numbers.Contains(c.IdNumber!)).ToListAsync(cancellationToken);
        return clients.ToDictionary(c => c.IdNumber!, c => Summary(c, today));
    }

    public async Task<ClientSummary?> Handle(GetClient request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ClientId, cancellationToken);
        return client is null ? null : Summary(client, LocalTime.Today(clock));
    }

    public async Task<IReadOnlyList<ClientSummary>> Handle(GetClients request, CancellationToken cancellationToken)
    {
        var ids = request.ClientIds.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var today = LocalTime.Today(clock);
        var clients = await db.Clients.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(clients.ContainsKey).Select(id => Summary(clients[id], today)).ToList();
    }

    public async Task<IReadOnlyList<ClientSummary>> Handle(ListClientsByCategory request, CancellationToken cancellationToken)
    {
        var day = request.On ?? LocalTime.Today(clock);
        var clients = await db.Clients.AsNoTracking()
            .Where(c => !c.IsArchived && c.Categories.Any(h => h.Code == request.CategoryCode && h.StartDate <= day && (h.EndDate == null || h.EndDate >= day)))
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return clients.Select(c => Summary(c, day)).ToList();
    }

    private static ClientSummary Summary(Client c, DateOnly day) =>
        new(c.Id, c.StationId, c.Name, c.Sex, c.BirthDate, Masking.IdNumber(c.IdNumber), c.Village, c.IsArchived, c.CategoriesOn(day));
}
