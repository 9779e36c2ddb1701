using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Domain;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Visits;

/// <summary>Visits, newest first: a worker's own by default, the station's or a client's on asking; filtered by station, worker, days and kind.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WorkerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public VisitKind? Kind { get; set; }

    public Paged<VisitView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy { get; private set; } = ListVisits.Columns.Resolve(null, null);


    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public bool CanRecord => user.IsInRole(Roles.Worker);

    public bool SeesAllStations => user.SeesAllStations();

    /// <summary>A worker sees their own visits unless they ask for the station's, a colleague's or a client's.</summary>
    public bool MineOnly => CanRecord && !Station && string.IsNullOrWhiteSpace(ClientId) && string.IsNullOrWhiteSpace(WorkerId);

    /// <summary>Whether a filter narrows the list (an empty list then says to widen it).</summary>
    public bool Filtered => From is not null || To is not null || Kind is not null || !string.IsNullOrWhiteSpace(StationId) || !string.IsNullOrWhiteSpace(WorkerId) || !string.IsNullOrWhiteSpace(ClientId);

    public async Task OnGetAsync()
    {
        SortedBy = ListVisits.Columns.Resolve(Sort, Dir);
        Result = await mediator.Send(Query(PageNumber, Size));
        await LoadStationsAsync();
        Workers = await mediator.Send(new GetStationWorkers(ChosenStation));
    }

    /// <summary>导出 Excel: the visits the search finds, with the table's columns and what was done.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        await LoadStationsAsync();
        return await ExportAsync("探访记录", (page, size) => mediator.Send(Query(page, size)), [
            new("时间", v => v.VisitedAt.ToString("yyyy-MM-dd HH:mm")),
            new("服务对象", v => string.Join("、", v.Clients.Select(c => c.Name))),
            new("方式", v => v.KindName),
            new("社工", v => v.WorkerName),
            new("同行", v => string.Join("、", v.CompanionNames)),
            .. StationColumn<VisitView>(v => v.StationId),
            new("地点", v => v.Place),
            new("内容", v => v.Content),
            new("跟进日期", v => v.FollowUpOn is { } due && !v.IsWithdrawn ? due.ToString("yyyy-MM-dd") : ""),
            new("状态", v => v.IsWithdrawn ? "已撤回" : "有效"),
        ]);
    }

    private string? ChosenStation => SeesAllStations && !string.IsNullOrWhiteSpace(StationId) ? StationId : null;

    private ListVisits Query(int page, int size) => new(ClientId, MineOnly ? user.UserId : WorkerId, From, To, page, size)
    {
        StationId = ChosenStation,
        Kind = Kind,
        Sort = Sort,
        Dir = Dir,
    };

    private async Task LoadStationsAsync()
    {
        if (SeesAllStations)
        {
            Stations = await mediator.Send(new GetStations());
        }
    }
}
