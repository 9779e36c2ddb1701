using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Groups;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Groups;

/// <summary>Groups, newest first: a worker's own by default, the station's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<GroupView> Result { get; private set; } = new([], 0, 1, 30);

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync() =>
        Result = await mediator.Send(new ListGroups(CanRecord && !Station ? user.UserId : null, Pending, PageNumber));
}
