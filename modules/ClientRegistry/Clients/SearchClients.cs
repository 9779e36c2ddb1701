using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Finds clients the caller may see by name (any part), full ID number or its last digits, phone, category
/// village or open need; paged and sorted. ID numbers and phones come back masked.
/// </summary>
[Requires(RegistryPermissions.View)]
internal sealed record SearchClients(string? Q = null, string? Category = null, string? Village = null, int Page = 1, int PageSize = 20, string? Sort = null, string? Need = null)
    : IRequest<ClientPage>, IAudited
{
    /// <summary>One station's clients, for those who see several (empty: every station they see; ignored for the others, who see only theirs).</summary>
    public string? StationId { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>; none takes the column's own way (newest first for <c>updated</c>).</summary>
    public string? Dir { get; init; }

    /// <summary>
    /// The columns the list sorts by (<c>sort</c>): by name unless told otherwise; <c>updated</c> runs newest first unless
    /// <c>dir=asc</c>, as it did before the table's headers sorted. An unknown name sorts by name.
    /// </summary>
    internal static readonly SortColumns<Client> Columns = new SortColumns<Client>("name")
        .Add("name", c => c.Name)
        .Add("village", c => c.Village)
        .Add("birth", c => c.BirthDate)
        .Add("updated", c => c.UpdatedAt)
        .ThenBy(c => c.Name)
        .ThenBy(c => c.Id);

    /// <summary>The sort the request asks for, the way <see cref="Columns"/> resolves it.</summary>
    internal ListSort ResolvedSort => Columns.Resolve(Sort, Dir ?? (string.Equals(Sort?.Trim(), "updated", StringComparison.OrdinalIgnoreCase) ? "desc" : null));

    /// <summary>A full ID number names one person: finding out whether they are a client is itself audited.</summary>
    bool IAudited.IsAudited => Q?.Trim() is { Length: 15 or 18 } q && q[..^1].All(char.IsAsciiDigit);

    string IAudited.AuditAction => "按身份证号查询服务对象";

    string? IAudited.AuditTarget => Masking.IdNumber(Q?.Trim());

    /// <summary>Counts above this are shown as "this many or more" to those who see every station (<c>Platform:Registry:SearchCountLimit</c>).</summary>
    internal const int DefaultCountLimit = 2_000;

    /// <summary>
    /// The search's filter, shared with the export so both find the same people. With <paramref name="fromIndex"/>
    /// the query starts from the name-gram or category index and joins the clients it finds (best when they are
    /// few); without, it walks the clients (in the order of the page, or of the caller's station) and checks each
    /// one against the indexes (best when they are many, or when the caller's station already narrows them).
    /// </summary>
    /// <summary>Whether the text is searched as part of a name (not as an ID number or the digits of one or of a phone).</summary>
    internal static bool IsNameQuery(string? query)
    {
        var q = query?.Trim().ToUpperInvariant();
        return !string.IsNullOrEmpty(q)
            && !(q.Length is 15 or 18 && q[..^1].All(char.IsAsciiDigit))
            && !(q.Length >= 4 && q.All(ch => char.IsAsciiDigit(ch) || ch == 'X'));
    }

    internal static IQueryable<Client> Filter(RegistryDb db, IQueryable<Client> clients, string? query, string? category, string? village, string? need, DateOnly today, bool fromIndex = true, string? stationId = null)
    {
        clients = clients.Where(c => !c.IsArchived);
        if (!string.IsNullOrWhiteSpace(stationId))
        {
            // Narrows what the station filter of the database already lets through: a worker asking for another station finds no one.
            var station = stationId.Trim();
            clients = clients.Where(c => c.StationId == station);
        }

        var text = query?.Trim();
        var q = text?.ToUpperInvariant();
        if (!string.IsNullOrEmpty(q))
        {
            if (q.Length is 15 or 18 && q[..^1].All(char.IsAsciiDigit))
            {
                var full = ResidentIdNumber.TryParse(q, today, out var id, out _) ? id!.Value : q;
                clients = clients.Where(c => c.IdNumber == full);
            }
            else if (!IsNameQuery(q))
            {
                // Digits: the end of an ID number or of a phone number ("后四位"), through the indexed last four.
                var tail = q[^4..];
                clients = clients.Where(c => (c.IdTail == tail && c.IdNumber!.EndsWith(q)) || (c.PhoneTail == tail && c.Phone!.EndsWith(q)));
            }
            else
            {
                // Any part of the name, through the one- and two-character gram index.
                var gram = NameGram.ForQuery(text!);
                clients = fromIndex
                    ? from g in db.NameGrams where g.Gram == gram join c in clients on g.ClientId equals c.Id select c
                    : clients.Where(c => db.NameGrams.Any(g => g.Gram == gram && g.ClientId == c.Id));
                if (text!.Length > 2)
                {
                    clients = clients.Where(c => c.Name.Contains(text));
                }
            }
        }

        if (!string.IsNullOrEmpty(category))
        {
            // "id IN (holders of the category)" starts from the category's index; a join with the keyless view
            // would also repeat a client who held it twice, and EF cannot project the page's categories after it.
            clients = fromIndex && string.IsNullOrEmpty(q)
                ? clients.Where(c => db.CategoryRows
                    .Where(h => h.Code == category && h.StartDate <= today && (h.EndDate == null || h.EndDate >= today))
                    .Select(h => h.ClientId)
                    .Contains(c.Id))
                : clients.Where(c => c.Categories.Any(h => h.Code == category && h.StartDate <= today && (h.EndDate == null || h.EndDate >= today)));
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

    internal sealed class Handler(RegistryDb db, ICurrentUser user, TimeProvider clock, IConfiguration configuration) : IRequestHandler<SearchClients, ClientPage>
    {
        private readonly int _countLimit = Math.Max(1, configuration.GetValue("Platform:Registry:SearchCountLimit", DefaultCountLimit));

        /// <summary>
        /// Across all stations, thousands of people share a surname: read them in name order from the gram index
        /// (which holds the name) and check each against the other filters until the page is full, instead of
        /// sorting them all.
        /// </summary>
        private IQueryable<Client> InNameOrderFromGrams(SearchClients request, DateOnly today)
        {
            var text = request.Q!.Trim();
            var gram = NameGram.ForQuery(text);
            var others = Filter(db, db.Clients.AsNoTracking(), null, request.Category, request.Village, request.Need, today, fromIndex: false, request.StationId);
            if (text.Length > 2)
            {
                others = others.Where(c => c.Name.Contains(text));
            }

            return (from g in db.NameGrams
                    where g.Gram == gram
                    join c in others on g.ClientId equals c.Id
                    select new { g.Name, g.ClientId, Client = c })
                .OrderBy(x => x.Name).ThenBy(x => x.ClientId)
                .Select(x => x.Client);
        }

        public async Task<ClientPage> Handle(SearchClients request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var size = Math.Clamp(request.PageSize, 1, 100);
            var page = Math.Max(1, request.Page);
            IQueryable<Client> Matching(bool fromIndex) =>
                Filter(db, db.Clients.AsNoTracking(), request.Q, request.Category, request.Village, request.Need, today, fromIndex, request.StationId);

            // A station's clients are few: start from them. Across all stations, count from the index up to a limit,
            // and choose where the page starts from by how many there are.
            var acrossStations = user.SeesAllStations() && string.IsNullOrWhiteSpace(request.StationId);
            int total;
            bool many;
            if (acrossStations)
            {
                total = await Matching(fromIndex: true).Take(_countLimit + 1).CountAsync(cancellationToken);
                many = total > _countLimit;
                total = Math.Min(total, _countLimit);
            }
            else
            {
                total = await Matching(fromIndex: false).CountAsync(cancellationToken);
                many = false;
            }

            var clients = Matching(fromIndex: acrossStations && !many);
            var sort = request.ResolvedSort;
            clients = sort is { Column: "name", Descending: false } && acrossStations && IsNameQuery(request.Q)
                ? InNameOrderFromGrams(request, today)
                : Columns.Apply(clients, sort);

            // Only the columns a list shows, and the codes of the categories held today.
            var rows = await clients.Skip(Paging.Offset(page, size)).Take(size)
                .Select(c => new
                {
                    c.Id,
                    c.StationId,
                    c.Name,
                    c.Sex,
                    c.BirthDate,
                    c.IdNumber,
                    c.Phone,
                    c.Village,
                    Categories = c.Categories.Where(h => h.StartDate <= today && (h.EndDate == null || h.EndDate >= today)).Select(h => h.Code).ToList(),
                })
                .ToListAsync(cancellationToken);
            var items = rows.Select(c => new ClientRow
            {
                Id = c.Id,
                StationId = c.StationId,
                Name = c.Name,
                Sex = c.Sex,
                BirthDate = c.BirthDate,
                IdNumber = Masking.IdNumber(c.IdNumber),
                Phone = Masking.Phone(c.Phone),
                Village = c.Village,
                Categories = c.Categories.Distinct().Select(code => new ClientCategory(code, ClientCategories.NameOf(code))).ToList(),
            })
                .ToList();
            return new ClientPage(items, total, page, size, many) { Sort = sort };
        }
    }
}

/// <summary>A page of clients, masked for lists.</summary>
/// <remarks>
/// For roles that see every station, <see cref="Total"/> stops at <see cref="SearchClients.DefaultCountLimit"/> (configurable) and
/// <see cref="TotalIsAtLeast"/> says so ("2,000 人以上"): counting a hundred thousand matches exactly costs more
/// than the page itself, and a list that long is narrowed, not read.
/// </remarks>
public sealed record ClientPage(IReadOnlyList<ClientRow> Items, int Total, int Page, int PageSize, bool TotalIsAtLeast = false)
{
    /// <summary>How the page is sorted (an unknown <c>sort</c> answers in the default order, by name).</summary>
    public ListSort Sort { get; init; } = new("name", false);
}

/// <summary>A client as lists show them: ID number and phone masked.</summary>
public sealed record ClientRow
{
    public required string Id { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required Sex Sex { get; init; }

    public required DateOnly? BirthDate { get; init; }

    public required string? IdNumber { get; init; }

    public required string? Phone { get; init; }

    public required string? Village { get; init; }

    public required IReadOnlyList<ClientCategory> Categories { get; init; }
}
