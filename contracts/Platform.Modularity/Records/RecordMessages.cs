using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Notifications;
using Platform.Contracts.Registry;
using Platform.Contracts.Resources;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;

namespace Platform.Modularity.Records;

/// <summary>
/// A module's record as other modules know it: the module, the kind of record and its id. Every message about the
/// record — its credit, its timeline entries, its retraction, an urgent notice — is keyed from these, so no module
/// writes an outbox key by hand and a record's messages can never collide with another's.
/// </summary>
public sealed record RecordSource(string Module, string Kind, string Id)
{
    /// <summary>The id the ledger and the timeline know the record by (<c>visit:42</c>).</summary>
    public string SourceId => $"{Kind}:{Id}";

    /// <summary>The outbox key of one message about the record (<c>child-welfare:visit:42:credit</c>).</summary>
    public string Key(string what) => $"{Module}:{Kind}:{Id}:{what}";

    /// <summary>
    /// One part of a record that is credited more than once — each client of a visit, each worker at a supervision,
    /// each session of a group (<c>visit:42:c7</c>): its own credit and retraction, keyed apart from the others.
    /// </summary>
    public RecordSource Part(string part) => this with { Id = $"{Id}:{part}" };
}

/// <summary>What a credited record enqueues when saved and when withdrawn, written once for every module.</summary>
public static class RecordMessages
{
    /// <summary>Credits the record's standard hours to the worker (the ledger takes the hours from its catalogue).</summary>
    public static void EnqueueCredit(this IModuleDb db, RecordSource source, ServiceCredit credit, TimeProvider clock) =>
        db.Enqueue(source.Key("credit"), new RecordServiceHours(source.Module, source.SourceId, credit.StationId, credit.WorkerId, credit.Indicator, credit.Quantity, credit.Date, credit.ClientIds, credit.Description, credit.Link), clock);

    /// <summary>Puts the record on each client's timeline.</summary>
    public static void EnqueueTimeline(this IModuleDb db, RecordSource source, IEnumerable<string> clientIds, DateTimeOffset at, string title, string? summary, string? link, TimeProvider clock)
    {
        foreach (var clientId in clientIds)
        {
            db.Enqueue(source.Key($"timeline:{clientId}"), new RecordTimelineEntry(source.Module, source.SourceId, clientId, at, title, summary, link), clock);
        }
    }

    /// <summary>A withdrawn record takes its credit (when it had one) and its timeline entries back.</summary>
    public static void EnqueueWithdrawal(this IModuleDb db, RecordSource source, bool credited, string reason, TimeProvider clock)
    {
        if (credited)
        {
            db.EnqueueRetraction(source, reason, clock);
        }

        db.Enqueue(source.Key("untimeline"), new RemoveTimelineEntries(source.Module, source.SourceId), clock);
    }

    /// <summary>Takes back one credit (of the record, or of one of its <see cref="RecordSource.Part"/>s) with the reason.</summary>
    public static void EnqueueRetraction(this IModuleDb db, RecordSource source, string reason, TimeProvider clock) =>
        db.Enqueue(source.Key("retract"), new RetractServiceHours(source.Module, source.SourceId, reason), clock);

    /// <summary>
    /// Any other message about the record (an event of the registry, say), keyed by the record and
    /// <paramref name="what"/> — which must name the occasion, so a message sent twice for one occasion is sent once.
    /// </summary>
    public static void EnqueueAbout(this IModuleDb db, RecordSource source, string what, object message, TimeProvider clock) =>
        db.Enqueue(source.Key(what), message, clock);

    /// <summary>
    /// The needs a record found, numbered 1, 2, … in the record's order: each goes on its client's archive in the
    /// registry (需求, with where it was found: <c>儿童关爱探视 2026-11-03</c>) and is offered for a referral to a resource
    /// (待链接需求; no one receives the offer while the resource-linking module is off, the archive has it all the same).
    /// Keyed <c>need:{n}</c> and <c>refer-need:{n}</c>, so each need reaches each module once.
    /// </summary>
    public static void EnqueueNeeds(this IModuleDb db, RecordSource source, NeedOccasion occasion, IEnumerable<RecordedNeed> needs, TimeProvider clock)
    {
        var foundAt = $"{occasion.Name} {LocalTime.DateOf(occasion.At):yyyy-MM-dd}";
        var n = 0;
        foreach (var need in needs)
        {
            db.Enqueue(source.Key($"need:{++n}"), new AddClientNeed(need.ClientId, need.Kind, need.Description, need.Priority, foundAt, occasion.WorkerId), clock);
            db.Enqueue(source.Key($"refer-need:{n}"), new OfferNeedForReferral(source.Module, source.SourceId, n, need.ClientId, occasion.StationId, need.Kind, need.Description, occasion.At, occasion.WorkerId, occasion.Link), clock);
        }
    }

    /// <summary>
    /// A withdrawn record's needs still waiting for a resource leave the 待链接 list. On the client's archive they stay:
    /// once there a need is the archive's, followed up (or closed as 无法满足 with a note) by the worker there.
    /// </summary>
    public static void EnqueueNeedsWithdrawal(this IModuleDb db, RecordSource source, string reason, TimeProvider clock) =>
        db.Enqueue(source.Key("unrefer-needs"), new WithdrawOfferedNeeds(source.Module, source.SourceId, reason), clock);

    /// <summary>Tells every active project lead now, with the record (a child in danger, an elder's emergency).</summary>
    public static void EnqueueToLeads(this IModuleDb db, RecordSource source, string what, string text, string? link, TimeProvider clock) =>
        db.Enqueue(source.Key(what), new NotifyRole(Roles.Lead, NoticeKinds.Urgent, text.Length > 500 ? text[..500] : text, link, $"{source.Module}:{what}:{source.Id}"), clock);
}

/// <summary>The hours a record earns: to whom, under which indicator, how many units, on which day, for which clients.</summary>
public sealed record ServiceCredit(string StationId, string WorkerId, string Indicator, decimal Quantity, DateOnly Date, IReadOnlyList<string> ClientIds, string Description, string? Link);

/// <summary>Where and when a record found needs, and who found them: the same for every need of the record (<paramref name="Name"/> like 儿童关爱探视).</summary>
public sealed record NeedOccasion(string StationId, string WorkerId, DateTimeOffset At, string Name, string? Link);

/// <summary>One need a record found: whose, of which <see cref="NeedKinds"/> code, in the worker's words.</summary>
public sealed record RecordedNeed(string ClientId, string Kind, string Description, NeedPriority Priority = NeedPriority.Medium);
