using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.People;
using Platform.Modules.Volunteers.Teams;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Teams;

/// <summary>志愿服务队: the station's teams with leader and members, and a form for a new one.</summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty]
    public SaveTeam Input { get; set; } = new();

    public IReadOnlyList<TeamLine> Teams { get; private set; } = [];

    public IReadOnlyList<VolunteerLine> Volunteers { get; private set; } = [];

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync() => await LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = null;
        await mediator.Send(Input);
        TempData["Saved"] = "服务队已保存。";
        return RedirectToPage();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Teams = await mediator.Send(new ListTeams(), cancellationToken);
        if (IsWorker)
        {
            Volunteers = (await mediator.Send(new ListVolunteers(PageSize: 100), cancellationToken)).Rows.Items;
        }
    }
}
