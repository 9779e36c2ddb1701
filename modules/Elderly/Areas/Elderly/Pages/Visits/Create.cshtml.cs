using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.Elderly.Domain;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Areas.Elderly.Pages.Visits;

/// <summary>An elder's care visit on a phone: when, how, what was found, and whether it is urgent.</summary>
[Authorize(Policy = ElderlyPermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public RecordElderVisit Input { get; set; } = new();

    public ElderView Elder { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new RecordElderVisit { Kind = ElderVisitKind.Home, VisitedAt = LocalTime.Of(clock.GetUtcNow()) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        if (Input.VisitedAt is { } at)
        {
            Input.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        await mediator.Send(Input);
        return Redirect($"/elderly/elders/details/{Uri.EscapeDataString(ClientId)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Elder = await mediator.Send(new GetElder(ClientId), cancellationToken);
}
