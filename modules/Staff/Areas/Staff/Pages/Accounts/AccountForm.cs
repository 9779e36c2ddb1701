using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Accounts;

/// <summary>The account form shared by Create and Edit: the input and the stations to choose from.</summary>
public abstract class AccountForm(IMediator mediator) : PageModel, IPageWithLookups
{
    [BindProperty]
    public SaveAccount Input { get; set; } = new();

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    protected IMediator Mediator => mediator;

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) =>
        Stations = (await mediator.Send(new GetStations(), cancellationToken)).Where(s => s.IsActive).ToList();
}
