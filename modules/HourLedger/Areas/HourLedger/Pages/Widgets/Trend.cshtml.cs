using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Widgets;

/// <summary>Dashboard widget of the lead and the bureau: each station's service hours month by month.</summary>
[Authorize(Policy = LedgerPermissions.Compare)]
public sealed class TrendModel(IMediator mediator) : PageModel
{
    public StationFigures? Figures { get; private set; }

    public async Task OnGetAsync()
    {
        try
        {
            Figures = await mediator.Send(new GetStationFigures());
        }
        catch (NotFoundException)
        {
            Figures = null;
        }
    }
}
