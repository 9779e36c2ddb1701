using MediatR;

namespace Platform.Contracts.Staff;

/// <summary>The stations the caller may see, in their display order.</summary>
public sealed record GetStations : IRequest<IReadOnlyList<StationSummary>>;

/// <summary>One station by id, or null when it does not exist or the caller may not see it.</summary>
public sealed record GetStation(string StationId) : IRequest<StationSummary?>;

/// <summary>A civil-affairs service station (民政服务站).</summary>
public sealed record StationSummary(string Id, string Code, string Name, string Town, bool IsActive);
