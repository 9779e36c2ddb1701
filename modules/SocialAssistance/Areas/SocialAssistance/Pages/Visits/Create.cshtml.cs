using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Files;
using Platform.Modules.SocialAssistance.Visits;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Visits;

/// <summary>A monthly visit of a 分散供养 特困 person, on a phone at the door: when, and what was seen of their living and care.</summary>
[Authorize(Policy = SocialAssistancePermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public RecordCareVisit Input { get; set; } = new();

    public HouseholdView Household { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new RecordCareVisit { VisitedAt = LocalTime.Of(clock.GetUtcNow()) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        if (Input.VisitedAt is { } at)
        {
            Input.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        await mediator.Send(Input);
        TempData["Saved"] = "探视已保存，已计入入户探访。";
        return Redirect(SocialAssistanceMessages.Link(Uri.EscapeDataString(ClientId)));
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Household = await mediator.Send(new GetHousehold(ClientId), cancellationToken);
}
