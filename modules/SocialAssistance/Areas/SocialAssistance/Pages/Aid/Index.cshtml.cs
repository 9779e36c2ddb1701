using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.TemporaryAid;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Aid;

/// <summary>临时救助: applications still owed something (overdue flagged in working days), each moved on from here; all of them on request.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, SocialAssistanceRules rules, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public AdvanceAid Advance { get; set; } = new();

    public IReadOnlyList<AidLine> Lines { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public SocialAssistanceRules Rules => rules;

    public DateOnly Today => LocalTime.Today(clock);

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAdvanceAsync(string id)
    {
        Advance.Id = id;
        await mediator.Send(Advance);
        TempData["Saved"] = "临时救助办理情况已保存。";
        return RedirectToPage(new { StationId, All });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Lines = await mediator.Send(new ListAid(SeesAllStations ? StationId : null, !All), cancellationToken);
        Stations = await mediator.Send(new GetStations(), cancellationToken);
    }
}
