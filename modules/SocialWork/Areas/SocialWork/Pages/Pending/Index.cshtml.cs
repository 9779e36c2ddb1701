using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Pending;

/// <summary>待完善: a worker's records that do not count yet (the station's, or everything for the lead and bureau), oldest first.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    public IReadOnlyList<PendingRecord> Records { get; private set; } = [];

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync() =>
        Records = [.. (await mediator.Send(new ListPending(IsWorker && !Station ? user.UserId : null))).OrderBy(r => r.Since)];
}
