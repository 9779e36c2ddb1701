using Platform.Modularity.ClientFiles;

namespace Platform.Modules.Sample.Files;

/// <summary>The module's file about one registered person: the kit's columns, plus what the module records (here, needs).</summary>
internal sealed class SampleFile : ClientFile
{
    private SampleFile()
    {
    }

    public SampleFile(string clientId, string stationId, string name, string workerId, DateTime openedAt)
        : base(clientId, stationId, name, workerId) => OpenedAt = openedAt;

    public DateTime OpenedAt { get; private set; }

    public string? Needs { get; set; }
}
