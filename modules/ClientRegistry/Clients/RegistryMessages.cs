using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>How the registry names a client to the other modules, so every message about one is keyed from it.</summary>
internal static class RegistryMessages
{
    public const string Module = "registry";

    /// <summary>The client, whose events (registered, transferred, archived, restored, categories) other modules hear.</summary>
    public static RecordSource Client(Client client) => new(Module, "client", client.Id);

    /// <summary>
    /// The one-time 建档 credit (<c>archive:{clientId}</c>): the client id is the source, so later edits never credit it again.
    /// </summary>
    public static RecordSource Archive(Client client) => new(Module, "archive", client.Id);
}
