using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Progress;

/// <summary>The indicator catalogue (the administrator edits it) and the credits the ledger refused (lead and administrator).</summary>
[Authorize(Policy = LedgerPermissions.Catalogue)]
public sealed class CatalogueModel(IMediator mediator, ICurrentUser user, LedgerRules rules) : PageModel, IPageWithLookups
{
    /// <summary>Null for the current project.</summary>
    [BindProperty(SupportsGet = true)]
    public int? ProjectId { get; set; }

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public ProjectView? Project { get; private set; }

    public IReadOnlyList<RefusedView>? Refused { get; private set; }

    public bool CanEdit => user.IsInRole(Roles.Admin);

    /// <summary>How the pace is graded, shown with its basis.</summary>
    public LedgerRules Rules => rules;

    public IReadOnlyDictionary<string, string> WorkerNames { get; private set; } = new Dictionary<string, string>();

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(UpdateIndicator indicator)
    {
        if (FieldMessages.Refused(ModelState, typeof(UpdateIndicator)))
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            return Page();
        }

        indicator.ProjectId = ProjectId;
        await mediator.Send(indicator);
        TempData["Saved"] = $"已保存“{indicator.Name}”。已记入的时长保持原标准时长。";
        return RedirectToPage(new { ProjectId });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Indicators = await mediator.Send(new GetIndicators(ProjectId), cancellationToken);
        var projects = await mediator.Send(new ListProjects(), cancellationToken);
        Project = ProjectId is { } id ? projects.FirstOrDefault(p => p.Id == id) : projects.FirstOrDefault(p => p.IsCurrent);
        Refused = user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin) ? await mediator.Send(new ListRefusedCredits(), cancellationToken) : null;
        WorkerNames = (await mediator.Send(new GetStationWorkers(null), cancellationToken)).ToDictionary(w => w.Id, w => w.DisplayName);
    }
}
