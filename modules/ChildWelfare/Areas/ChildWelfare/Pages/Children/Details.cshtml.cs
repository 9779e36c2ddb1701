using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.ChildWelfare.Children;

namespace Platform.Modules.ChildWelfare.Areas.ChildWelfare.Pages.Children;

/// <summary>A child's file: status, guardianship, parents, schooling, health, risk, and the care visits; a child without a file yet is offered one.</summary>
[Authorize(Policy = ChildWelfarePermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    public ChildView Child { get; private set; } = null!;

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool CanWithdraw(CareVisitView visit) => !visit.IsWithdrawn && user.MayActFor(visit.WorkerId);

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            return Page();
        }
        catch (Platform.Contracts.NotFoundException) when (IsWorker)
        {
            // A child of the station without a file yet (the button on the registry's client page): open one.
            if (await mediator.Send(new GetClient(ClientId)) is { } client && client.StationId == user.StationId)
            {
                return Redirect($"/child-welfare/children/edit?clientId={Uri.EscapeDataString(ClientId)}");
            }

            throw;
        }
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string visitId, string? reason)
    {
        await mediator.Send(new WithdrawCareVisit(visitId, reason ?? ""));
        TempData["Saved"] = "探视已撤回，相应的服务时长随之撤回。";
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnGetPhotoAsync(string visitId, int n, bool original)
    {
        var photo = await mediator.Send(new GetCareVisitPhoto(visitId, n, original));
        return photo.ToActionResult();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Child = await mediator.Send(new GetChild(ClientId), cancellationToken);
}
