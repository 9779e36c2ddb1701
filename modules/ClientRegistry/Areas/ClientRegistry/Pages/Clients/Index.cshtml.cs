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
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    /// <summary>The page asked for (<c>page</c>); one out of range reads the nearest.</summary>
    public int PageNumber => ListLinks.PageOf(Request);

    [BindProperty(SupportsGet = true)]
    public int? PageSize { get; set; }

    public ClientPage Result { get; private set; } = new([], 0, 1, 20);

    public bool CanRegister { get; private set; }

    /// <summary>The stations of the 站点 filter: none for those who see only their own.</summary>
    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    /// <summary>Station names, shown on each row to those who see several stations.</summary>
    public IReadOnlyDictionary<string, string>? StationNames { get; private set; }

    /// <summary>Whether any filter is set (an empty list then says to widen the search, not to register someone).</summary>
    public bool Filtered => new[] { Q, Category, Need, Village, StationId }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync()
    {
        Result = await mediator.Send(new SearchClients(Q, Category, Village, PageNumber, ListPager.SizeOf(PageSize), Sort, Need)
        {
            Dir = Dir,
            StationId = user.SeesAllStations() ? StationId : null,
        });
        CanRegister = (await authorization.AuthorizeAsync(User, RegistryPermissions.Register)).Succeeded;
        if (user.SeesAllStations())
        {
            Stations = await mediator.Send(new GetStations());
            StationNames = await mediator.Send(new GetStationNames());
        }
    }
}
