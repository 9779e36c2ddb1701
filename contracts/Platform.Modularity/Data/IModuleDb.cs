using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Outbox;

namespace Platform.Modularity.Data;

/// <summary>What every module context has: the module's outbox table.</summary>
public interface IModuleDb
{
    /// <summary>Messages written in the same transaction as the change they announce.</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }
}
