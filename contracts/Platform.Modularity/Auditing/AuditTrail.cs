using Platform.Contracts.Auditing;

namespace Platform.Modularity.Auditing;

/// <summary>
/// The audit entries of one request (one scope) that are to be committed with the change they record. The host's
/// audit behaviour begins an entry before the handler runs; the first module context that saves in the scope writes
/// it to its own outbox in the same transaction, so a crash can lose the change and its entry together, never one of
/// them. An audited request that saves nothing (a search, an export) has its entry written by the behaviour itself.
/// </summary>
public sealed class AuditTrail(TimeProvider clock)
{
    private readonly List<Entry> _entries = [];

    internal TimeProvider Clock => clock;

    /// <summary>Begins the entry of a request; <paramref name="make"/> builds it from the target and detail known when it is saved.</summary>
    public Entry Begin(IAudited request, Func<string?, string?, AuditEntry> make)
    {
        var entry = new Entry(request, make);
        _entries.Add(entry);
        return entry;
    }

    /// <summary>The entries not yet saved, taken: a save writes each of them once.</summary>
    internal IEnumerable<AuditEntry> TakeUnsaved(Func<string?> createdRecord)
    {
        foreach (var entry in _entries.Where(e => !e.Saved).ToList())
        {
            entry.Saved = true;
            yield return entry.Make(entry.Request.AuditTarget ?? createdRecord(), entry.Request.AuditDetail);
        }
    }

    /// <summary>A begun entry.</summary>
    public sealed class Entry(IAudited request, Func<string?, string?, AuditEntry> make)
    {
        internal IAudited Request => request;

        internal Func<string?, string?, AuditEntry> Make => make;

        /// <summary>Whether a module's save has written it to its outbox.</summary>
        public bool Saved { get; internal set; }

        /// <summary>Marks it written by other means (the behaviour wrote a refusal directly).</summary>
        public void Close() => Saved = true;
    }
}
