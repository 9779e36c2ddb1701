using System.Text.Json;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Areas.Resources.Pages.Widgets;

/// <summary>
/// Dashboard widget for those who see every station: this year's needs linked to resources and how many met, station
/// beside station — the figures of the 链接资源 page (the same query), drawn as bars and listed below.
/// </summary>
[Authorize(Policy = ResourcesPermissions.Overview)]
public sealed class LinkedModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<(string Station, StationReferralFigures Figures)> Rows { get; private set; } = [];

    public string Chart { get; private set; } = "";

    public async Task OnGetAsync()
    {
        var stations = (await mediator.Send(new GetStations())).Select((s, i) => (s.Id, s.Name, Order: i)).ToDictionary(s => s.Id);
        Rows = (await mediator.Send(new GetReferralFigures()))
            .OrderBy(s => stations.TryGetValue(s.StationId, out var station) ? station.Order : int.MaxValue)
            .Select(s => (stations.TryGetValue(s.StationId, out var station) ? station.Name : s.StationId, s))
            .ToList();
        Chart = JsonSerializer.Serialize(new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 40, right = 16, top = 32, bottom = 64 },
            xAxis = new { type = "category", data = Rows.Select(r => r.Station), axisLabel = new { interval = 0, rotate = 30 } },
            yAxis = new { type = "value", minInterval = 1, name = "项" },
            color = new[] { "#198754", "#6c757d", "#0d6efd" },
            series = new object[]
            {
                new { name = "已解决", type = "bar", stack = "referrals", data = Rows.Select(r => r.Figures.Resolved) },
                new { name = "未能解决", type = "bar", stack = "referrals", data = Rows.Select(r => r.Figures.Unresolved) },
                new { name = "跟进中", type = "bar", stack = "referrals", data = Rows.Select(r => r.Figures.Open) },
            },
        });
    }
}
