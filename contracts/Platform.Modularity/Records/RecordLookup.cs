using Microsoft.EntityFrameworkCore;

namespace Platform.Modularity.Records;

/// <summary>Finds an owned record of one module's database as the caller may see it (station filter applied); the pipeline's ownership check asks it.</summary>
public interface IRecordLookup
{
    /// <summary>Whether the records of this type live in this database.</summary>
    bool Holds(Type recordType);

    /// <summary>The record, or null when it does not exist or is another station's.</summary>
    Task<IOwnedRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken) where TRecord : class, IOwnedRecord;
}

internal sealed class RecordLookup<TDb>(TDb db) : IRecordLookup where TDb : DbContext
{
    public bool Holds(Type recordType) => db.Model.FindEntityType(recordType) is not null;

    public async Task<IOwnedRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken) where TRecord : class, IOwnedRecord =>
        await db.Set<TRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
