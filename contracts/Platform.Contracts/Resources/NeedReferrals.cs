using MediatR;
using Platform.Contracts.Identity;

namespace Platform.Contracts.Resources;

/// <summary>
/// A need a module found about a client (a visit's "needs", a review's finding), offered to the resource-linking
/// module as a 待链接需求: a worker of the client's station may then refer it to a resource (转介). Send it through the
/// module's outbox with the record that found the need (<c>db.EnqueueAbout(source, $"refer-need:{n}", …)</c>):
/// <see cref="SourceModule"/>, <see cref="SourceId"/> and <see cref="Part"/> name the need, so a second delivery adds
/// nothing. A command, not a notification: while the resource-linking module is switched off no one handles it, the
/// need stays a need in the module that found it, and the message waits in that module's outbox — once the module is
/// switched on, the needs found meanwhile arrive. <see cref="Kind"/> is a <see cref="Registry.NeedKinds"/> code.
/// </summary>
[Requires(Access.System)]
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
    string? Link = null) : IRequest;

/// <summary>
/// The record that found the needs was withdrawn: its needs still waiting for a resource leave the 待链接 list (a
/// referral already made stays, as the worker's own record). Sent through the outbox like <see cref="OfferNeedForReferral"/>.
/// </summary>
[Requires(Access.System)]
public sealed record WithdrawOfferedNeeds(string SourceModule, string SourceId, string Reason) : IRequest;
