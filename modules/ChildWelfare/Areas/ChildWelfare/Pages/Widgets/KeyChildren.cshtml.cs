using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Staff;
using Platform.Modules.ChildWelfare.Children;

namespace Platform.Modules.ChildWelfare.Areas.ChildWelfare.Pages.Widgets;

/// <summary>
/// Dashboard widget for those who see every station: key children visited this month and still owed a visit, station
/// beside station. The figures are the 儿童关爱 overview's (the same query), drawn as a stacked bar and listed below it.
/// </summary>
[Authorize(Policy = ChildWelfarePermissions.Overview)]
public sealed class KeyChildrenModel(IMediator mediator, ChildWelfareRules rules, TimeProvider clock) : PageModel
{
    /// <summary>Whether a visit still owed is drawn as news (from the reminder day on), as on the 儿童关爱 overview.</summary>
    public bool Pressing { get; private set; }

    public int ReminderDay => rules.ReminderDay;

    public IReadOnlyList<(string Station, StationChildren Figures)> Rows { get; private set; } = [];

    public string Chart { get; private set; } = "";

    public async Task OnGetAsync()
    {
        Pressing = rules.OwedVisitsPressing(LocalTime.Today(clock));
        // Stations in the order the station list gives them, as the ledger's station widgets do.
        var stations = (await mediator.Send(new GetStations())).Select((s, i) => (s.Id, s.Name, Order: i)).ToDictionary(s => s.Id);
        Rows = (await mediator.Send(new GetChildOverview()))
            .Where(s => s.KeyChildren > 0)
            .OrderBy(s => stations.TryGetValue(s.StationId, out var station) ? station.Order : int.MaxValue)
            .Select(s => (stations.TryGetValue(s.StationId, out var station) ? station.Name : s.StationId, s))
            .ToList();
        Chart = JsonSerializer.Serialize(new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 40, right = 16, top = 32, bottom = 64 },
            xAxis = new { type = "category", data = Rows.Select(r => r.Station), axisLabel = new { interval = 0, rotate = 30 } },
            yAxis = new { type = "value", minInterval = 1, name = "人" },
            color = new[] { "#198754", Pressing ? "#dc3545" : "#adb5bd" },
            series = new object[]
            {
                new { name = "本月已探视", type = "bar", stack = "key", data = Rows.Select(r => r.Figures.VisitedThisMonth) },
                new { name = "尚未探视", type = "bar", stack = "key", data = Rows.Select(r => r.Figures.StillOwed) },
            },
        });
    }
}
