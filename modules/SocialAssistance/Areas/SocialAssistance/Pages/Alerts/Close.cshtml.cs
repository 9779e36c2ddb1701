using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Alerts;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Alerts;

/// <summary>One verification task: what the alert said and, for the station's worker on a phone at the door, the result to close it with.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class CloseModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public CloseVerification Input { get; set; } = new();

    public VerificationLine Task { get; private set; } = null!;

    public string StationName { get; private set; } = "";

    public bool MayClose => user.IsInRole(Roles.Worker) && Task.ClosedAt is null;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new CloseVerification { VisitedAt = LocalTime.Of(clock.GetUtcNow()) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = Id;
        if (Input.VisitedAt is { } at)
        {
            Input.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        await mediator.Send(Input);
        TempData["Saved"] = "核查结论已保存，已计入入户探访。";
        return RedirectToPage("Index");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Task = await mediator.Send(new GetVerification(Id), cancellationToken);
        StationName = (await mediator.Send(new GetStationNames(), cancellationToken)).GetValueOrDefault(Task.StationId, "");
    }
}
