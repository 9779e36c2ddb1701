using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Alerts;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Alerts;

/// <summary>预警核查: the station's open verification tasks from the monitoring alerts, soonest due first (overdue flagged); the closed on request.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, SocialAssistanceRules rules, TimeProvider clock) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public VerificationPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("due", false));

    public DateOnly Today { get; private set; }

    public SocialAssistanceRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool MayImport => user.IsLeadOrAdmin();

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        Result = await mediator.Send(new PageVerifications(SeesAllStations ? StationId : null, Closed, Q, Sort, Dir, PageNumber, Size));
        Stations = await mediator.Send(new GetStations());
    }
}
