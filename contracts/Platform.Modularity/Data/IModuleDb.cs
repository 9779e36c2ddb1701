using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Outbox;

namespace Platform.Modularity.Data;

/// <summary>What every module context has: the module's outbox table and the caller it works for.</summary>
public interface IModuleDb
{
    /// <summary>Messages written in the same transaction as the change they announce.</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>
    /// The caller of the scope that leased this (pooled) context; set on every lease by the registration,
    /// read by the station filter and the write guard. Unset means anonymous: nothing is visible.
    /// </summary>
    ICurrentUserAccessor? Caller { get; set; }

    /// <summary>The audit entries of the leasing scope, written to this context's outbox by its next save.</summary>
    Auditing.AuditTrail? Audit { get; set; }
}
