using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Widgets;

/// <summary>Dashboard widget of a worker: their hours against those due by the day, graded, and the rows behind.</summary>
[Authorize(Policy = LedgerPermissions.Log)]
public sealed class ProgressModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public LedgerSummary? Summary { get; private set; }

    public WorkerProgress? Mine { get; private set; }

    public async Task OnGetAsync()
    {
        try
        {
            Summary = await mediator.Send(new GetLedgerSummary(null, user.UserId));
            Mine = (await mediator.Send(new GetWorkerProgress(Summary.StationId))).FirstOrDefault(w => w.WorkerId == user.UserId);
        }
        catch (NotFoundException)
        {
            Summary = null;
        }
    }
}
