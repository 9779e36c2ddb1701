using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Domain;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Areas.Resources.Pages.Referrals;

/// <summary>转介记录: the referrals the caller may see, searched by status, station and words, the follow-ups due marked.</summary>
[Authorize(Policy = ResourcesPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool OpenOnly { get; set; }

    public ReferralPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("referred", true));

    public DateOnly Today { get; private set; }

    public bool SeesAllStations => user.SeesAllStations();

    public ReferralStatus? ChosenStatus => !int.TryParse(Status, out _) && Enum.TryParse<ReferralStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null;

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        Stations = await mediator.Send(new GetStations());
        Result = await mediator.Send(new PageReferrals(SeesAllStations ? StationId : null, ChosenStatus, null, Q, OpenOnly, Sort, Dir, PageNumber, Size));
    }
}
