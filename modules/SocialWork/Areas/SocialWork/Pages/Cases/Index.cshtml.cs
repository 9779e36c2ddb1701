using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Cases;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Cases;

/// <summary>Cases, newest first: a worker's own by default, the station's or a client's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<CaseView> Result { get; private set; } = new([], 0, 1, 30);

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync() =>
        Result = await mediator.Send(new ListCases(CanRecord && !Station && ClientId is null ? user.UserId : null, ClientId, Pending, PageNumber));
}
