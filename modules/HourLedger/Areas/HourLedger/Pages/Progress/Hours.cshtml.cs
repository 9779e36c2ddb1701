using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Progress;

/// <summary>A worker logs hours that no module records: assisting the town's civil-affairs work, volunteer service linked.</summary>
[Authorize(Policy = LedgerPermissions.Log)]
public sealed class HoursModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public LogOwnHours Input { get; set; } = new();

    public Paged<EntryRow> Recent { get; private set; } = new([], 0, 1, 20);

    /// <summary>Indicators an enabled module records by itself (not offered here), with that module's name.</summary>
    public IReadOnlyDictionary<string, string> Claimed { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        Input.Date = LocalTime.Today(clock);
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (FieldMessages.Refused(ModelState, typeof(LogOwnHours), "Input."))
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            return Page();
        }

        await mediator.Send(Input);
        TempData["Saved"] = $"已登记 {Input.Hours:0.##} 小时。";
        return RedirectToPage();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Recent = await mediator.Send(new ListEntries { WorkerId = user.UserId, PageSize = 20, SourceModule = Crediting.ManualSource }, cancellationToken);
        (_, Claimed) = await LogOwnHours.OpenIndicatorsAsync(mediator, cancellationToken);
    }
}
