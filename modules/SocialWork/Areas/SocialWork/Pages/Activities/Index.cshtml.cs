using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Activities;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Activities;

/// <summary>Community activities, newest first: a worker's own by default, the station's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<ActivityView> Result { get; private set; } = new([], 0, 1, 30);

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync() =>
        Result = await mediator.Send(new ListActivities(CanRecord && !Station ? user.UserId : null, Pending, PageNumber));
}
