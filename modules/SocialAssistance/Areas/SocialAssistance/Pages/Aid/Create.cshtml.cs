using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.TemporaryAid;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Aid;

/// <summary>Takes a 临时救助 application for a client of the station, on either route; the same-cause warning is shown after saving.</summary>
[Authorize(Policy = SocialAssistancePermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public ApplyForAid Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new ApplyForAid { Route = Domain.AidRoute.Normal, AppliedOn = LocalTime.Today(clock) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        var taken = await mediator.Send(Input);
        TempData["Saved"] = taken.Warning is null ? $"临时救助申请已受理，应于 {taken.DueOn:yyyy-MM-dd} 前{(Input.Route == Domain.AidRoute.Emergency ? "补齐材料" : "办结")}。" : $"申请已受理。{taken.Warning}";
        return Redirect($"/{SocialAssistanceMessages.Module}/aid");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) =>
        Client = await mediator.Send(new GetClient(ClientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
}
