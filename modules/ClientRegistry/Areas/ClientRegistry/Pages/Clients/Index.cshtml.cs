using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

[Authorize(Policy = RegistryPermissions.View)]
public sealed class IndexModel(IMediator mediator, IAuthorizationService authorization, ICurrentUser user) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    public ClientPage Result { get; private set; } = new([], 0, 1, 20);

    public bool CanRegister { get; private set; }


    /// <summary>Whether any filter is set (an empty list then says to widen the search, not to register someone).</summary>
    public bool Filtered => new[] { Q, Category, Need, Village, StationId }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync()
    {
        Result = await mediator.Send(new SearchClients(Q, Category, Village, PageNumber, Size, Sort, Need)
        {
            Dir = Dir,
            StationId = user.SeesAllStations() ? StationId : null,
        });
        CanRegister = (await authorization.AuthorizeAsync(User, RegistryPermissions.Register)).Succeeded;
        if (user.SeesAllStations())
        {
            Stations = await mediator.Send(new GetStations());
        }
    }
}
