using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Accounts;

[Authorize(Policy = StaffPermissions.ViewAccounts)]
public sealed class IndexModel(IMediator mediator, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    internal IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync()
    {
        Accounts = await mediator.Send(new ListAccounts(StationId));
        Stations = await mediator.Send(new GetStations());
        CanManage = (await authorization.AuthorizeAsync(User, StaffPermissions.ManageAccounts)).Succeeded;
    }
}
