using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Widgets;

/// <summary>Dashboard widget of the lead and the bureau: the stations' hours against their pace, professional share and home visits.</summary>
[Authorize(Policy = LedgerPermissions.Compare)]
public sealed class StationsModel(IMediator mediator) : PageModel
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
