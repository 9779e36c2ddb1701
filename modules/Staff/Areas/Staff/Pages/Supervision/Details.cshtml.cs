using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modularity.Web;
using Platform.Modules.Staff.Compliance;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Supervision;

/// <summary>One supervision session, and its withdrawal by the lead (the hours are taken back).</summary>
[Authorize(Policy = StaffPermissions.ViewCompliance)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public SupervisionSummary Session { get; private set; } = null!;

    public bool CanManage => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostWithdrawAsync(string? reason)
    {
        await mediator.Send(new WithdrawSupervision(Id, reason ?? ""));
        TempData["Saved"] = "督导已撤回，督导时长随之撤回。";
        return RedirectToPage(new { Id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Session = await mediator.Send(new GetSupervision(Id), cancellationToken);
}
