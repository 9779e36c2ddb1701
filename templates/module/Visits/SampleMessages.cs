using Platform.Modularity.Records;

namespace Platform.Modules.Sample.Visits;

/// <summary>How the module's records are known to other modules: every outbox key and ledger source is derived from these.</summary>
internal static class SampleMessages
{
    public const string Module = "sample-key";

    public static RecordSource Visit(string id) => new(Module, "visit", id);

    public static string Link(string clientId) => $"/{Module}/files/details/{clientId}";
}
