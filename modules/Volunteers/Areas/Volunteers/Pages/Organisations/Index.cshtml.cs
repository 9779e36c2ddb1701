using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.Domain;
using Platform.Modules.Volunteers.Organisations;
using Platform.Modules.Volunteers.People;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Organisations;

/// <summary>社区社会组织: the organisations the station cultivates, their stage, support and members; a form for a new one.</summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public SaveOrganisation Input { get; set; } = new();

    public IReadOnlyList<OrganisationLine> Organisations { get; private set; } = [];

    public IReadOnlyList<VolunteerLine> Volunteers { get; private set; } = [];

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public DateOnly Today => LocalTime.Today(clock);

    public async Task OnGetAsync() => await LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = null;
        await mediator.Send(Input);
        TempData["Saved"] = "社区社会组织已保存。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSupportAsync(string organisationId, DateOnly? on, SupportKind kind, string? text)
    {
        await mediator.Send(new AddSupport { OrganisationId = organisationId ?? "", On = on, Kind = kind, Text = text ?? "" });
        TempData["Saved"] = "扶持记录已保存。";
        return RedirectToPage();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Organisations = await mediator.Send(new ListOrganisations(), cancellationToken);
        if (IsWorker)
        {
            Volunteers = (await mediator.Send(new ListVolunteers(PageSize: 100), cancellationToken)).Rows.Items;
        }
    }
}
