using Platform.Contracts.Identity;
using MediatR;

namespace Platform.Contracts.Registry;

/// <summary>One client as other modules see them, or null when the client does not exist or is not the caller's to see.</summary>
[Requires(Access.SignedIn)]
public sealed record GetClient(string ClientId) : IRequest<ClientSummary?>;

/// <summary>
/// The clients of several ids at once (a household on one visit), in one query and in the order asked: ids that do
/// not exist or are not the caller's to see are left out, as <see cref="GetClient"/> would answer null for them.
/// </summary>
[Requires(Access.SignedIn)]
public sealed record GetClients(IReadOnlyCollection<string> ClientIds) : IRequest<IReadOnlyList<ClientSummary>>;

/// <summary>
/// The clients holding these ID numbers (full numbers, as <see cref="ResidentIdNumber"/> writes them), among those the
/// caller may see and not archived, keyed by the number asked: one query for a list to be matched (an alert list, a
/// roster), at most <see cref="MostPerCall"/> numbers a call. Numbers no such client holds are left out.
/// </summary>
[Requires(Access.SignedIn)]
public sealed record FindClientsByIdNumbers(IReadOnlyCollection<string> IdNumbers) : IRequest<IReadOnlyDictionary<string, ClientSummary>>
{
    /// <summary>How many numbers one call may ask for.</summary>
    public const int MostPerCall = 1000;
}

/// <summary>Clients the caller may see that hold a category on a date (default: today).</summary>
[Requires(Access.SignedIn)]
public sealed record ListClientsByCategory(string CategoryCode, DateOnly? On = null) : IRequest<IReadOnlyList<ClientSummary>>;

/// <summary>Who a client is, without the sensitive details: the ID number comes masked.</summary>
public sealed record ClientSummary(
    string Id,
    string StationId,
    string Name,
    Sex Sex,
    DateOnly? BirthDate,
    string? MaskedIdNumber,
    string? Village,
    bool IsArchived,
    IReadOnlyList<string> Categories);

/// <summary>A client was registered (建档 begun) at a station.</summary>
public sealed record ClientRegistered(string ClientId, string StationId, IReadOnlyList<string> Categories) : INotification;

/// <summary>A client's categories changed (one added, ended or removed).</summary>
public sealed record ClientCategoriesChanged(string ClientId, string StationId, IReadOnlyList<string> Categories) : INotification;

/// <summary>A client's archive moved to another station.</summary>
public sealed record ClientTransferred(string ClientId, string FromStationId, string ToStationId) : INotification;

/// <summary>A client was archived (归档): no longer served, history kept.</summary>
public sealed record ClientArchived(string ClientId, string StationId) : INotification;

/// <summary>An archived client was restored (恢复在册): served again.</summary>
public sealed record ClientRestored(string ClientId, string StationId) : INotification;
