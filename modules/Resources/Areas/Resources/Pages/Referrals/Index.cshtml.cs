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
        Result = await mediator.Send(Query(PageNumber, Size));
    }

    /// <summary>导出 Excel: the referrals the search finds, with the table's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("转介记录", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("服务对象", r => r.ClientName),
            .. StationColumn<ReferralLine>(r => r.StationId),
            new("需求", r => $"{ReferralTerms.NeedName(r.NeedKind)}：{r.Need}"),
            new("资源", r => r.ResourceName),
            new("转介日期", r => r.ReferredOn.ToString("yyyy-MM-dd")),
            new("状态", r => ReferralTerms.NameOf(r.Status)),
            new("跟进日期", r => r.FollowUpOn?.ToString("yyyy-MM-dd") ?? ""),
            new("办结日期", r => r.ClosedOn?.ToString("yyyy-MM-dd") ?? ""),
        ]);
    }

    private PageReferrals Query(int page, int size) => new(SeesAllStations ? StationId : null, ChosenStatus, null, Q, OpenOnly, Sort, Dir, page, size);
}
