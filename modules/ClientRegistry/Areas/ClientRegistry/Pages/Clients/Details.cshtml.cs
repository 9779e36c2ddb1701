using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

/// <summary>The archive with the full ID number; the view is audited by the request it sends.</summary>
[Authorize(Policy = RegistryPermissions.View)]
public sealed class DetailsModel(IMediator mediator, IAuthorizationService authorization) : PageModel
{
    public ClientDetails Client { get; private set; } = null!;

    public string StationName { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(string id)
    {
        Client = await mediator.Send(new GetClientDetails(id));
        StationName = (await mediator.Send(new GetStationNames())).GetValueOrDefault(Client.StationId, "");
        CanEdit = (await authorization.AuthorizeAsync(User, RegistryPermissions.Register)).Succeeded;
    }
}
