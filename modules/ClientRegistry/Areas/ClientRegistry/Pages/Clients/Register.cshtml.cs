using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

[Authorize(Policy = RegistryPermissions.Register)]
public sealed class RegisterModel(IMediator mediator, ICurrentUser user) : PageModel, IClientForm, IPageWithLookups
{
    [BindProperty]
    public RegisterClient Input { get; set; } = new();

    ClientInput IClientForm.Input => Input;

    /// <summary>The stations to choose from, for roles that span stations; null for a station worker.</summary>
    public IReadOnlyList<StationSummary>? Stations { get; private set; }

    /// <summary>The record the caller may open that already holds the ID number refused as a duplicate.</summary>
    public string? Existing { get; private set; }

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await mediator.Send(Input);
        TempData["Saved"] = "服务对象已登记。";
        return RedirectToPage("Details", new { id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Stations = user.SeesAllStations() ? (await mediator.Send(new GetStations(), cancellationToken)).Where(s => s.IsActive).ToList() : null;
        if (ModelState.TryGetValue("Input.IdNumber", out var idNumber) && idNumber.Errors.Count > 0 && !string.IsNullOrWhiteSpace(Input.IdNumber))
        {
            Existing = await mediator.Send(new FindClientByIdNumber(Input.IdNumber), cancellationToken);
        }
    }
}
