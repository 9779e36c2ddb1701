using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

/// <summary>The archive with the full ID number (the view is audited by the request it sends), and its archive and transfer actions.</summary>
[Authorize(Policy = RegistryPermissions.View)]
public sealed class DetailsModel(IMediator mediator, IAuthorizationService authorization, ICurrentUser user) : PageModel, IPageWithLookups
{
    private IReadOnlyDictionary<string, string> _stationNames = new Dictionary<string, string>();

    public ClientDetails Client { get; private set; } = null!;

    public string StationName => NameOf(Client.StationId);

    public bool CanEdit { get; private set; }

    /// <summary>Stations to transfer to, for roles that span stations; null otherwise.</summary>
    public IReadOnlyList<StationSummary>? Stations { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public string NameOf(string stationId) => _stationNames.GetValueOrDefault(stationId, "");

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostArchiveAsync(string? reason)
    {
        await mediator.Send(new ArchiveClient { Id = Id, Reason = reason ?? "" });
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        await mediator.Send(new RestoreClient(Id));
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostTransferAsync(string? stationId, string? reason)
    {
        await mediator.Send(new TransferClient { Id = Id, StationId = stationId ?? "", Reason = reason ?? "" });
        return RedirectToPage("Index");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Client = await mediator.Send(new GetClientDetails(Id), cancellationToken);
        _stationNames = await mediator.Send(new GetStationNames(), cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, RegistryPermissions.Register)).Succeeded;
        Stations = CanEdit && user.SeesAllStations() ? (await mediator.Send(new GetStations(), cancellationToken)).Where(s => s.IsActive).ToList() : null;
    }
}
