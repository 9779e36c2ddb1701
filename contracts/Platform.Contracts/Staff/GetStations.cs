using Platform.Contracts.Identity;
using MediatR;

namespace Platform.Contracts.Staff;

/// <summary>The stations the caller may see, in their display order.</summary>
[Requires(Access.SignedIn)]
public sealed record GetStations : IRequest<IReadOnlyList<StationSummary>>;

/// <summary>One station by id, or null when it does not exist or the caller may not see it.</summary>
[Requires(Access.SignedIn)]
public sealed record GetStation(string StationId) : IRequest<StationSummary?>;

/// <summary>A civil-affairs service station (民政服务站).</summary>
public sealed record StationSummary(string Id, string Code, string Name, string Town, bool IsActive);

/// <summary>
/// The station workers (驻站社工) the caller may see — of one station, or of every station the caller sees —
/// including disabled accounts, whose past work still counts.
/// </summary>
[Requires(Access.SignedIn)]
public sealed record GetStationWorkers(string? StationId = null) : IRequest<IReadOnlyList<StaffMember>>;

/// <summary>A worker as other modules name them.</summary>
public sealed record StaffMember(string Id, string UserName, string DisplayName, string? StationId, bool IsActive);

/// <summary>Everyone holding a role (e.g. the project leads a reminder also goes to), whoever asks: for jobs and notices.</summary>
[Requires(Access.SignedIn)]
public sealed record GetStaffInRole(string Role) : IRequest<IReadOnlyList<StaffMember>>;
