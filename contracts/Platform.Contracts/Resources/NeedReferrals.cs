using MediatR;

namespace Platform.Contracts.Resources;

/// <summary>
/// A need a module found about a client (a visit's "needs", a review's finding), offered to the resource-linking
/// module as a 待链接需求: a worker of the client's station may then refer it to a resource (转介). Sent through the
/// module's outbox with the record that found the need, by the SDK's <c>db.EnqueueNeeds</c> (with the need for the archive):
/// <see cref="SourceModule"/>, <see cref="SourceId"/> and <see cref="Part"/> name the need, so a second delivery adds
/// nothing. A notification, as every contract a domain module receives (a contract request is served by a core
/// module): while the resource-linking module is switched off no one receives it and the need stays a need in the
/// module that found it and in the registry's archive; switched on, it lists the needs found from then on.
/// <see cref="Kind"/> is a <see cref="Registry.NeedKinds"/> code.
/// </summary>
public sealed record OfferNeedForReferral(
    string SourceModule,
    string SourceId,
    int Part,
    string ClientId,
    string StationId,
    string Kind,
    string Description,
    DateTimeOffset RecordedAt,
    string? WorkerId = null,
    string? Link = null) : INotification;

/// <summary>
/// The record that found the needs was withdrawn: its needs still waiting for a resource leave the 待链接 list (a
/// referral already made stays, as the worker's own record). Sent through the outbox by the SDK's <c>db.EnqueueNeedsWithdrawal</c>.
/// </summary>
public sealed record WithdrawOfferedNeeds(string SourceModule, string SourceId, string Reason) : INotification;
