using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Widgets;

/// <summary>Dashboard widget: the worker's station and colleagues, or the number of stations for the others.</summary>
public sealed class MyStationModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public StationSummary? Station { get; private set; }

    public int StationCount { get; private set; }

    public IReadOnlyList<string> Colleagues { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var stations = await mediator.Send(new GetStations());
        StationCount = stations.Count;
        if (user.StationId is null)
        {
            return;
        }

        Station = stations.FirstOrDefault(s => s.Id == user.StationId);
        Colleagues = (await mediator.Send(new ListAccounts(user.StationId)))
            .Where(a => !a.IsDisabled)
            .Select(a => a.DisplayName)
            .ToList();
    }
}
