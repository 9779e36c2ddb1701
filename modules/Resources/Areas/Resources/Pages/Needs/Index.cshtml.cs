using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Needs;

namespace Platform.Modules.Resources.Areas.Resources.Pages.Needs;

/// <summary>
/// 待链接需求: the needs other modules found (visits …) still waiting for a resource, oldest first, each with its 转介
/// link and — behind a confirmation with the reason — 无需转介.
/// </summary>
[Authorize(Policy = ResourcesPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel, IPageWithLookups
{
    public Paged<NeedLine> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public bool SeesAllStations => user.SeesAllStations();

    public bool MayRefer => user.IsInRole(Roles.Worker) && user.StationId is not null;

    /// <summary>Whether to offer 无需转介 (a station worker, or the lead); the request is still checked centrally.</summary>
    public bool MayDismiss => MayRefer || user.IsInRole(Roles.Lead);

    public async Task OnGetAsync() => await LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostDismissAsync(long needId, string? reason, int? version)
    {
        await mediator.Send(new DismissNeed { Id = needId, Reason = reason, Version = version });
        TempData["Saved"] = "已标为无需转介，这项需求不再列入待链接需求。";
        return RedirectToPage(new { StationId });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Stations = await mediator.Send(new GetStations(), cancellationToken);
        Result = await mediator.Send(new PageNeeds(SeesAllStations ? StationId : null, null, false, PageNumber, Size), cancellationToken);
    }
}
