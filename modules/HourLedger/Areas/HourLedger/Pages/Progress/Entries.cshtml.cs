using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Data;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Progress;

/// <summary>The entries behind a number, each linking to the record that produced it.</summary>
[Authorize(Policy = LedgerPermissions.View)]
public sealed class EntriesModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WorkerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<EntryRow> Result { get; private set; } = new([], 0, 1, 50);

    /// <summary>The catalogue's Chinese names by code, for the page (the API keeps the codes).</summary>
    public IReadOnlyDictionary<string, string> IndicatorNames { get; private set; } = new Dictionary<string, string>();

    public string NameOf(string code) => IndicatorNames.GetValueOrDefault(code, code);

    public async Task OnGetAsync()
    {
        Result = await mediator.Send(new ListEntries { StationId = StationId, WorkerId = WorkerId, Indicator = Indicator, From = From, To = To, Page = PageNumber });
        IndicatorNames = (await mediator.Send(new GetIndicators())).ToDictionary(i => i.Code, i => i.Name);
    }
}
