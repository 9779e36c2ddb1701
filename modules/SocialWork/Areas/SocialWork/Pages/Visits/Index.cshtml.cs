using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Visits;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Visits;

/// <summary>Visits, newest first: a worker's own by default, the station's or a client's on asking.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<VisitView> Result { get; private set; } = new([], 0, 1, 30);

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync()
    {
        var mine = CanRecord && !Station && ClientId is null ? user.UserId : null;
        Result = await mediator.Send(new ListVisits(ClientId, mine, null, null, PageNumber));
    }
}
