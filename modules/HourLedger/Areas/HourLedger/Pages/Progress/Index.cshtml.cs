using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Progress;

/// <summary>Progress for me, my station or the project: per row of the tender table, the workers' hours and the months.</summary>
[Authorize(Policy = LedgerPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WorkerId { get; set; }

    public LedgerSummary Summary { get; private set; } = null!;

    public IReadOnlyList<WorkerProgress> Workers { get; private set; } = [];

    public IReadOnlyList<MonthHours> Trend { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public IReadOnlyDictionary<string, string> StationNames { get; private set; } = new Dictionary<string, string>();

    public bool SeesAllStations => user.SeesAllStations();

    public string ScopeName
    {
        get
        {
            var station = Summary.StationId is { } id ? StationNames.GetValueOrDefault(id, id) : "全部站点";
            return WorkerId is not null && Workers.FirstOrDefault(w => w.WorkerId == WorkerId) is { } worker ? $"{worker.Name}（{station}）" : station;
        }
    }

    /// <summary>The entries of the scope as a workbook; no empty parameters (an empty one is no filter anyway).</summary>
    public string ExportUrl => QueryHelpers.AddQueryString(
        "/api/v1/ledger/entries.xlsx",
        new Dictionary<string, string?> { ["stationId"] = Summary.StationId, ["workerId"] = Summary.WorkerId }.Where(p => p.Value is not null));

    public async Task OnGetAsync(string? mine)
    {
        // A worker's own page unless they ask for the station.
        if (mine is null && StationId is null && WorkerId is null && user.IsInRole(Roles.Worker))
        {
            WorkerId = user.UserId;
        }

        Summary = await mediator.Send(new GetLedgerSummary(StationId, WorkerId));
        Workers = await mediator.Send(new GetWorkerProgress(Summary.StationId));
        Trend = await mediator.Send(new GetMonthlyTrend(Summary.StationId, WorkerId));
        Stations = user.SeesAllStations() ? await mediator.Send(new GetStations()) : [];
        StationNames = await mediator.Send(new GetStationNames());
    }
}
