using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

[Authorize(Policy = RegistryPermissions.View)]
public sealed class IndexModel(IMediator mediator, IAuthorizationService authorization, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Village { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ClientPage Result { get; private set; } = new([], 0, 1, 20);

    public bool CanRegister { get; private set; }

    /// <summary>Station names, shown on each row to those who see several stations.</summary>
    public IReadOnlyDictionary<string, string>? StationNames { get; private set; }

    public async Task OnGetAsync()
    {
        Result = await mediator.Send(new SearchClients(Q, Category, Village, PageNumber, Sort: Sort, Need: Need));
        CanRegister = (await authorization.AuthorizeAsync(User, RegistryPermissions.Register)).Succeeded;
        StationNames = user.SeesAllStations() ? await mediator.Send(new GetStationNames()) : null;
    }

    /// <summary>The current search on another page.</summary>
    public Dictionary<string, string> RouteFor(int page) => new Dictionary<string, string?>
        {
            ["q"] = Q, ["category"] = Category, ["need"] = Need, ["village"] = Village, ["sort"] = Sort, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }
        .Where(p => !string.IsNullOrEmpty(p.Value))
        .ToDictionary(p => p.Key, p => p.Value!);
}
