using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Programmes;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Programmes;

/// <summary>Records an approved programme period for a household (opening its assistance record when it has none).</summary>
[Authorize(Policy = SocialAssistancePermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public StartProgramme Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new StartProgramme { Area = Domain.AssistanceArea.Rural, StartOn = LocalTime.Today(clock) };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        await mediator.Send(Input);
        TempData["Saved"] = "救助项目已登记。";
        return Redirect(SocialAssistanceMessages.Link(Uri.EscapeDataString(ClientId)));
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) =>
        Client = await mediator.Send(new GetClient(ClientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
}
