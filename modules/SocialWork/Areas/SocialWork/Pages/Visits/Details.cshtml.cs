using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Visits;

/// <summary>One visit; the worker who recorded it (or the lead) may withdraw it with a reason.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public WithdrawVisit Withdraw { get; set; } = new();

    public VisitView Visit { get; private set; } = null!;

    public bool CanWithdraw => !Visit.IsWithdrawn && user.MayActFor(Visit.WorkerId);

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Withdraw.Id = Id;
        await mediator.Send(Withdraw);
        TempData["Saved"] = "探访记录已撤回，相应的服务时长随之撤回。";
        return RedirectToPage(new { Id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Visit = await mediator.Send(new GetVisit(Id), cancellationToken);
}
