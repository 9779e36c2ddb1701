using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.People;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.People;

/// <summary>A volunteer and the printable record of their service at the station (not a 证明).</summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public VolunteerView Volunteer { get; private set; } = null!;

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync() => Volunteer = await mediator.Send(new GetVolunteer(Id));
}
