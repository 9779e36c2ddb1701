using MediatR;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages;

/// <summary>
/// The lists of cases, groups and activities: a worker's own by default or the whole station's on asking, a 站点
/// filter for those who see several, and 待完善 (not yet counted) on asking.
/// </summary>
public abstract class WorkListModel(ICurrentUser user) : ListPageModel
{
    /// <summary>A worker asks for the whole station's, not only their own.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    /// <summary>Only those not yet counted.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Pending { get; set; }

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public bool SeesAllStations => user.SeesAllStations();

    /// <summary>The worker whose records are listed: the reader, when a worker has not asked for the station's.</summary>
    protected string? MineOnly => CanRecord && !Station ? user.UserId : null;

    /// <summary>Whether a filter narrows the list (an empty list then says to widen it, not to add one).</summary>
    public bool Filtered => Pending || StationFilter is not null;

    protected async Task LoadStationsAsync(IMediator mediator)
    {
        if (SeesAllStations)
        {
            Stations = await mediator.Send(new GetStations());
        }
    }
}
