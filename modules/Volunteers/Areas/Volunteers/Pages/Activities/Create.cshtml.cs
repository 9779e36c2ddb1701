using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Organisations;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Activities;

/// <summary>A new activity on a phone: what, when, where, who organises it.</summary>
[Authorize(Policy = VolunteerPermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public CreateActivity Input { get; set; } = new();

    public IReadOnlyList<OrganisationLine> Organisations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input = new CreateActivity { Date = LocalTime.Today(clock), StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(11, 30) };
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var id = await mediator.Send(Input);
        TempData["Saved"] = "活动已登记：请在活动现场展示二维码供志愿者扫码签到。";
        return Redirect($"/volunteers/activities/details/{id}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Organisations = await mediator.Send(new ListOrganisations(), cancellationToken);
}
