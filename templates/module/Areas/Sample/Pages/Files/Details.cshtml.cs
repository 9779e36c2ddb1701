using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.Sample.Files;
using Platform.Modules.Sample.Visits;

namespace Platform.Modules.Sample.Areas.Sample.Pages.Files;

/// <summary>
/// A client's file: where it stands, its visits with 撤回, and a visit form; a client of the worker's station without a
/// file yet is offered one. Every post goes through the same request as the API, so the same permission and rules apply.
/// </summary>
[Authorize(Policy = SamplePermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public RecordSampleVisit Visit { get; set; } = new();

    /// <summary>The file, or null when the worker may open one.</summary>
    public SampleFileView? Record { get; private set; }

    /// <summary>The client's name when there is no file yet.</summary>
    public string Name { get; private set; } = "";

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool CanWithdraw(SampleVisitView visit) => !visit.IsWithdrawn && user.MayActFor(visit.WorkerId);

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Visit = new RecordSampleVisit { VisitedAt = LocalTime.Of(clock.GetUtcNow()) };
    }

    public async Task<IActionResult> OnPostOpenAsync(string? needs)
    {
        await mediator.Send(new OpenSampleFile { ClientId = ClientId, Needs = needs });
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnPostVisitAsync()
    {
        Visit.ClientId = ClientId;
        if (Visit.VisitedAt is { } at)
        {
            Visit.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        await mediator.Send(Visit);
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string visitId, string? reason)
    {
        await mediator.Send(new WithdrawSampleVisit(visitId, reason ?? ""));
        return RedirectToPage(new { ClientId });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        try
        {
            Record = await mediator.Send(new GetSampleFile(ClientId), cancellationToken);
            Name = Record.Name;
        }
        catch (NotFoundException) when (IsWorker)
        {
            // No file yet: a client of the worker's own station may be given one; anyone else's stays not found.
            var client = await mediator.Send(new GetClient(ClientId), cancellationToken);
            Name = client is not null && client.StationId == user.StationId ? client.Name : throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
        }
    }
}
