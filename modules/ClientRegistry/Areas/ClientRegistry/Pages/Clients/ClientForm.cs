using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

/// <summary>What the client form partial binds to: the register or edit input.</summary>
public interface IClientForm
{
    ClientInput Input { get; }
}
