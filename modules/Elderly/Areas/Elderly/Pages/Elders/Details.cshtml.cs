using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Areas.Elderly.Pages.Elders;

/// <summary>An elder's profile, how often owed a visit and when next, and the visits; an elder without a profile yet is offered one.</summary>
[Authorize(Policy = ElderlyPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    public ElderView Elder { get; private set; } = null!;

    public DateOnly Today => LocalTime.Today(clock);

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool CanWithdraw(ElderVisitView visit) => !visit.IsWithdrawn && user.MayActFor(visit.WorkerId);

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            return Page();
        }
        catch (NotFoundException) when (IsWorker)
        {
            if (await mediator.Send(new GetClient(ClientId)) is { } client && client.StationId == user.StationId)
            {
                return Redirect($"/elderly/elders/edit?clientId={Uri.EscapeDataString(ClientId)}");
            }

            throw;
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string visitId, string? reason)
    {
        await mediator.Send(new WithdrawElderVisit(visitId, reason ?? ""));
        TempData["Saved"] = "探访已撤回，相应的服务时长随之撤回。";
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnGetPhotoAsync(string visitId, int n, bool original)
    {
        var photo = await mediator.Send(new GetElderVisitPhoto(visitId, n, original));
        return photo.ToActionResult();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Elder = await mediator.Send(new GetElder(ClientId), cancellationToken);
}
