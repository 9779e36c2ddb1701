using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Progress;

/// <summary>The monthly or annual report in the layout of the tender table, printable, and as xlsx with the rows shown.</summary>
[Authorize(Policy = LedgerPermissions.View)]
public sealed class ReportModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    /// <summary>A month as yyyy-MM, or empty for the whole project period.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public LedgerReport Report { get; private set; } = null!;

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    /// <summary>The workbook of the report shown: its station (none for all) and its days.</summary>
    public string XlsxUrl => QueryHelpers.AddQueryString(
        "/api/v1/ledger/report.xlsx",
        new Dictionary<string, string?> { ["stationId"] = Report.StationId, ["from"] = $"{Report.From:yyyy-MM-dd}", ["to"] = $"{Report.To:yyyy-MM-dd}" }.Where(p => p.Value is not null));

    public async Task OnGetAsync()
    {
        DateOnly? from = null, to = null;
        if (DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", out var first))
        {
            from = first;
            to = first.AddMonths(1).AddDays(-1);
        }

        Report = await mediator.Send(new GetReport(StationId, from, to));
        Stations = user.SeesAllStations() ? await mediator.Send(new GetStations()) : [];
    }
}
