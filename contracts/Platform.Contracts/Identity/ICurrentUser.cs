namespace Platform.Contracts.Identity;

/// <summary>Who is asking: the only way a module learns the caller's identity, station and roles.</summary>
public interface ICurrentUser
{
    /// <summary>Whether a signed-in person (or the system) is asking.</summary>
    bool IsAuthenticated { get; }

    /// <summary>The account id, or null for an anonymous caller.</summary>
    string? UserId { get; }

    /// <summary>The log-in name.</summary>
    string? UserName { get; }

    /// <summary>The name shown to people.</summary>
    string? DisplayName { get; }

    /// <summary>The station the caller works at; null for roles that span stations.</summary>
    string? StationId { get; }

    /// <summary>The caller's role codes (see <see cref="Roles"/>).</summary>
    IReadOnlyCollection<string> Roles { get; }

    /// <summary>True when the caller is a background job acting for the platform itself.</summary>
    bool IsSystem { get; }
}

/// <summary>What the caller's roles allow, derived once so every module asks the same question.</summary>
public static class CurrentUserExtensions
{
    /// <summary>Whether the caller holds the role.</summary>
    public static bool IsInRole(this ICurrentUser user, string role) => user.Roles.Contains(role);

    /// <summary>Project lead, bureau, administrator and the system see every station.</summary>
    public static bool SeesAllStations(this ICurrentUser user) =>
        user.IsSystem || user.IsInRole(Identity.Roles.Lead) || user.IsInRole(Identity.Roles.Bureau) || user.IsInRole(Identity.Roles.Admin);

    /// <summary>The bureau only reads; a caller with no role changes nothing either.</summary>
    public static bool IsReadOnly(this ICurrentUser user) =>
        !user.IsSystem && !user.IsInRole(Identity.Roles.Worker) && !user.IsInRole(Identity.Roles.Lead) && !user.IsInRole(Identity.Roles.Admin);

    /// <summary>Whether the caller may see records of the given station.</summary>
    public static bool CanSeeStation(this ICurrentUser user, string? stationId) =>
        user.SeesAllStations() || (stationId is not null && stationId == user.StationId);

    /// <summary>Whether the caller may change records of the given station.</summary>
    public static bool CanChangeStation(this ICurrentUser user, string? stationId) =>
        !user.IsReadOnly() && user.CanSeeStation(stationId);

    /// <summary>A project lead or the administrator: who may act on any worker's record besides the worker.</summary>
    public static bool IsLeadOrAdmin(this ICurrentUser user) =>
        user.IsInRole(Identity.Roles.Lead) || user.IsInRole(Identity.Roles.Admin);

    /// <summary>Whether the caller may act on a record that belongs to <paramref name="workerId"/> under <see cref="Ownership.WorkerOrLead"/>.</summary>
    public static bool MayActFor(this ICurrentUser user, string workerId) =>
        user.IsSystem || workerId == user.UserId || user.IsLeadOrAdmin();

    /// <summary>
    /// The station a worker records for, or refused in Chinese (<c>只有驻站社工可以…</c>) for a caller with none — a lead,
    /// the bureau, the administrator — when the record belongs to a station. <paramref name="doing"/> says what (登记探访).
    /// </summary>
    public static string StationFor(this ICurrentUser user, string doing) =>
        user.StationId is { } station && user.UserId is not null ? station : throw new ForbiddenException($"只有驻站社工可以{doing}。");
}
