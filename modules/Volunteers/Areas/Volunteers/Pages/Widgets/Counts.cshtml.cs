using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Staff;
using Platform.Modules.Volunteers.Organisations;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Widgets;

/// <summary>The dashboard card: per station, volunteers, hours recorded and community social organisations by stage.</summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class CountsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<StationCounts> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        Rows = await mediator.Send(new GetStationCounts());
        Names = await mediator.Send(new GetStationNames());
    }
}
