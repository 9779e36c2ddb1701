using Platform.Contracts.Identity;
using MediatR;

namespace Platform.Contracts.Registry;

/// <summary>
/// Puts (or replaces) an entry on a client's timeline for a record a module keeps, e.g. a home visit. Send it
/// through the module's outbox with the record's own change; the same <see cref="SourceModule"/>,
/// <see cref="SourceId"/> and client replace the earlier entry. The client page lists entries newest first
/// and links each to <see cref="Link"/>.
/// </summary>
[Requires(Access.System)]
public sealed record RecordTimelineEntry(
    string SourceModule,
    string SourceId,
    string ClientId,
    DateTimeOffset At,
    string Title,
    string? Summary = null,
    string? Link = null) : IRequest;

/// <summary>Removes the timeline entries of a record that was deleted.</summary>
[Requires(Access.System)]
public sealed record RemoveTimelineEntries(string SourceModule, string SourceId) : IRequest;
