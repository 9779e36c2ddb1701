using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Files;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Domain;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Visits;

/// <summary>
/// Recording a visit on a phone, on one screen: who (found by name or the last digits of an ID number, several of
/// a household at once), home or phone, when, what was seen and discussed, a need found, a follow-up.
/// </summary>
[Authorize(Policy = SocialWorkPermissions.Record)]
public sealed class CreateModel(IMediator mediator, IUploadStore store, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public VisitForm Input { get; set; } = new();

    /// <summary>Clients already chosen (from a client's page, or kept across a search).</summary>
    [BindProperty(SupportsGet = true, Name = "clientId")]
    public List<string> Chosen { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<ClientSummary> Candidates { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.ClientIds = Chosen;
        Input.VisitedAt = LocalTime.Of(clock.GetUtcNow()).DateTime;
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    /// <summary>Photos are checked and kept first: a bad one comes back as a form error and no visit is saved.</summary>
    public async Task<IActionResult> OnPostAsync(List<IFormFile> photos)
    {
        var stored = await Evidence.StoreAsync(store, photos, AttachmentKind.Photo, Visit.MostPhotos, Visit.TooManyPhotos(0), HttpContext.RequestAborted);
        var needs = string.IsNullOrWhiteSpace(Input.NeedDescription)
            ? new List<FoundNeed>()
            : [new FoundNeed(Input.NeedClientId, Input.NeedKind ?? "", Input.NeedDescription, Input.NeedPriority)];
        var id = await mediator.Send(new RecordVisit
        {
            ClientIds = Input.ClientIds,
            Kind = Input.Kind,
            VisitedAt = Input.VisitedAt is { } local ? new DateTimeOffset(local, LocalTime.Offset) : null,
            Content = Input.Content ?? "",
            Place = Input.Place,
            Needs = needs,
            FollowUpOn = Input.FollowUpOn,
            FollowUpNote = Input.FollowUpNote,
            Photos = stored,
        });
        TempData["Saved"] = "探访已登记。";
        return RedirectToPage("Details", new { id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var chosen = Input.ClientIds.Count > 0 ? Input.ClientIds : Chosen;
        var found = (await mediator.Send(new GetClients(chosen), cancellationToken)).ToList();

        if (!string.IsNullOrWhiteSpace(Q))
        {
            found.AddRange((await mediator.Send(new FindClients(Q.Trim(), 10), cancellationToken)).Where(c => found.All(f => f.Id != c.Id)));
        }

        Candidates = found;
        Input.ClientIds = chosen;
    }
}

/// <summary>The visit form as the phone posts it; the time is China time.</summary>
public sealed class VisitForm
{
    public List<string> ClientIds { get; set; } = [];

    public VisitKind Kind { get; set; } = VisitKind.Home;

    public DateTime? VisitedAt { get; set; }

    public string? Content { get; set; }

    public string? Place { get; set; }

    public string? NeedClientId { get; set; }

    public string? NeedKind { get; set; }

    public string? NeedDescription { get; set; }

    public NeedPriority NeedPriority { get; set; } = NeedPriority.Medium;

    public DateOnly? FollowUpOn { get; set; }

    public string? FollowUpNote { get; set; }
}
