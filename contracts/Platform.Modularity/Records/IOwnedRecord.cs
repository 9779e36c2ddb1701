using Platform.Modularity.Data;

namespace Platform.Modularity.Records;

/// <summary>A station record that belongs to one worker: a visit, a case, a group, an activity.</summary>
public interface IOwnedRecord : IStationScoped
{
    /// <summary>The record's id.</summary>
    string Id { get; }

    /// <summary>The worker it belongs to: who recorded it, or to whom it was handed over.</summary>
    string WorkerId { get; }
}

/// <summary>
/// A request about one owned record, so that the pipeline can check <see cref="Platform.Contracts.Identity.RequiresAttribute.Owner"/>
/// before the handler runs; the attribute names the record's type.
/// </summary>
public interface IAboutRecord
{
    /// <summary>The id of the record the request acts on; empty when the request creates one.</summary>
    string RecordId { get; }
}
