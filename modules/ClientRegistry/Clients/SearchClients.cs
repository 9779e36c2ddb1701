using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Finds clients the caller may see by name (any part), full ID number or its last digits, phone, category
/// village or open need; paged and sorted. ID numbers and phones come back masked.
/// </summary>
public sealed record SearchClients(string? Q = null, string? Category = null, string? Village = null, int Page = 1, int PageSize = 20, string? Sort = null, string? Need = null)
    : IRequest<ClientPage>
{
    /// <summary>The search's filter, shared with the export so both find the same people.</summary>
    internal static IQueryable<Client> Filter(RegistryDb db, IQueryable<Client> clients, string? query, string? category, string? village, string? need, DateOnly today)
    {
        clients = clients.Where(c => !c.IsArchived);
        var text = query?.Trim();
        var q = text?.ToUpperInvariant();
        if (!string.IsNullOrEmpty(q))
        {
            if (q.Length is 15 or 18 && q[..^1].All(char.IsAsciiDigit))
            {
                var full = ResidentIdNumber.TryParse(q, today, out var id, out _) ? id!.Value : q;
                clients = clients.Where(c => c.IdNumber == full);
            }
            else if (q.Length >= 4 && q.All(ch => char.IsAsciiDigit(ch) || ch == 'X'))
            {
                // Digits: the end of an ID number or of a phone number ("后四位"), through the indexed last four.
                var tail = q[^4..];
                clients = clients.Where(c => (c.IdTail == tail && c.IdNumber!.EndsWith(q)) || (c.PhoneTail == tail && c.Phone!.EndsWith(q)));
            }
            else
            {
                // Any part of the name, through the one- and two-character gram index.
                var gram = NameGram.ForQuery(text!);
                clients = from g in db.NameGrams
                          where g.Gram == gram
                          join c in clients on g.ClientId equals c.Id
                          select c;
                if (text!.Length > 2)
                {
                    clients = clients.Where(c => c.Name.Contains(text));
                }
            }
        }

        if (!string.IsNullOrEmpty(category))
        {
            clients = clients.Where(c => c.Categories.Any(h => h.Code == category && h.StartDate <= today && (h.EndDate == null || h.EndDate >= today)));
        }

        if (!string.IsNullOrWhiteSpace(village))
        {
            clients = clients.Where(c => c.Village == village.Trim());
        }

        if (!string.IsNullOrEmpty(need))
        {
            clients = clients.Where(c => c.Needs.Any(n => n.Kind == need && (n.Status == NeedStatus.Open || n.Status == NeedStatus.InProgress)));
        }

        return clients;
    }

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<SearchClients, ClientPage>
    {
        public async Task<ClientPage> Handle(SearchClients request, CancellationToken cancellationToken)
        {
            var today = RegisterClient.Today(clock.GetUtcNow());
            var clients = Filter(db, db.Clients.AsNoTracking(), request.Q, request.Category, request.Village, request.Need, today);
            var size = Math.Clamp(request.PageSize, 1, 100);
            var page = Math.Max(1, request.Page);
            var total = await clients.CountAsync(cancellationToken);
            clients = request.Sort switch
            {
                "updated" => clients.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id),
                "village" => clients.OrderBy(c => c.Village).ThenBy(c => c.Name).ThenBy(c => c.Id),
                _ => clients.OrderBy(c => c.Name).ThenBy(c => c.Id),
            };
            var rows = await clients.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
            return new ClientPage(rows.Select(c => Row(c, today)).ToList(), total, page, size);
        }

        private static ClientRow Row(Client c, DateOnly today) => new(
            c.Id,
            c.StationId,
            c.Name,
            c.Sex,
            c.BirthDate,
            Masking.IdNumber(c.IdNumber),
            Masking.Phone(c.Phone),
            c.Village,
            c.CategoriesOn(today).Select(code => new ClientCategory(code, ClientCategories.NameOf(code))).ToList());
    }
}

/// <summary>A page of clients, masked for lists.</summary>
public sealed record ClientPage(IReadOnlyList<ClientRow> Items, int Total, int Page, int PageSize);

/// <summary>A client as lists show them: ID number and phone masked.</summary>
public sealed record ClientRow(string Id, string StationId, string Name, Sex Sex, DateOnly? BirthDate, string? IdNumber, string? Phone, string? Village, IReadOnlyList<ClientCategory> Categories);
