using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Pending;

/// <summary>待完善: a worker's records that do not count yet, the station's, or (lead and bureau) any station's or all, oldest first.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    /// <summary>For the roles that see every station: one station, or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    public IReadOnlyList<PendingRecord> Records { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public IReadOnlyDictionary<string, string> StationNames { get; private set; } = new Dictionary<string, string>();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool SeesAllStations => user.SeesAllStations();

    public async Task OnGetAsync()
    {
        Records = [.. (await mediator.Send(new ListPending(IsWorker && !Station ? user.UserId : null, SeesAllStations ? StationId : null))).OrderBy(r => r.Since)];
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        StationNames = await mediator.Send(new GetStationNames());
    }
}
