using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Modularity.Records;

/// <summary>Finds an owned record of one module's database as the caller may see it (station filter applied); the pipeline's ownership check asks it.</summary>
public interface IRecordLookup
{
    /// <summary>Whether the records of this type live in this database.</summary>
    bool Holds(Type recordType);

    /// <summary>The record, or null when it does not exist or is another station's.</summary>
    Task<IOwnedRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken) where TRecord : class, IOwnedRecord;
}

/// <summary>A module's records live in its own database: the lookup leases that one context, and only when asked.</summary>
internal sealed class RecordLookup<TDb>(IServiceProvider services) : IRecordLookup where TDb : DbContext
{
    public bool Holds(Type recordType) => recordType.Assembly == typeof(TDb).Assembly;

    public async Task<IOwnedRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken) where TRecord : class, IOwnedRecord =>
        await services.GetRequiredService<TDb>().Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
