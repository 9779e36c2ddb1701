using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Stations;

[Authorize(Policy = StaffPermissions.ViewStations)]
public sealed class IndexModel(IMediator mediator, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync()
    {
        Stations = await mediator.Send(new GetStations());
        CanManage = (await authorization.AuthorizeAsync(User, StaffPermissions.ManageStations)).Succeeded;
    }
}
