using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Widgets;

/// <summary>Dashboard widget: my (or the project's) hours and professional share, and the indicators that are behind.</summary>
[Authorize(Policy = LedgerPermissions.View)]
public sealed class ProgressModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public LedgerSummary? Summary { get; private set; }

    public async Task OnGetAsync()
    {
        try
        {
            Summary = await mediator.Send(new GetLedgerSummary(null, user.IsInRole(Roles.Worker) ? user.UserId : null));
        }
        catch (NotFoundException)
        {
            Summary = null;
        }
    }
}
