using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Cases;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Cases;

/// <summary>Opens a case (接案) for a client found by name, or the client whose page it was opened from.</summary>
[Authorize(Policy = SocialWorkPermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public OpenCase Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ClientSummary> Candidates { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.OpenedOn = LocalTime.Today(clock);
        Input.ClientId = ClientId ?? "";
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await mediator.Send(Input);
        TempData["Saved"] = "已接案。";
        return RedirectToPage("Details", new { id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var found = new List<ClientSummary>();
        if (!string.IsNullOrEmpty(Input.ClientId) && await mediator.Send(new GetClient(Input.ClientId), cancellationToken) is { } chosen)
        {
            found.Add(chosen);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            found.AddRange((await mediator.Send(new FindClients(Q.Trim(), 10), cancellationToken)).Where(c => found.All(f => f.Id != c.Id)));
        }

        Candidates = found;
    }
}
