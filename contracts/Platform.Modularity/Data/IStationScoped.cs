namespace Platform.Modularity.Data;

/// <summary>
/// A record that belongs to one station. Module contexts filter such records to the caller's station
/// and refuse changes the caller may not make, so no query or handler has to remember it.
/// </summary>
public interface IStationScoped
{
    /// <summary>The station the record belongs to.</summary>
    string StationId { get; }
}
