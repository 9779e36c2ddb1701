using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Activities;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Activities;

/// <summary>Community activities, newest first: a worker's own by default, the station's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : WorkListModel(user)
{
    public Paged<ActivityView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListActivities.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync()
    {
        await LoadStationsAsync(mediator);
        Result = await mediator.Send(Query(PageNumber, Size));
    }

    /// <summary>导出 Excel: the activities the search finds, with the table's columns and what was done.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        await LoadStationsAsync(mediator);
        return await ExportAsync("社区活动", (page, size) => mediator.Send(Query(page, size)), [
            new("主题", a => a.Theme),
            new("日期", a => a.Date.ToString("yyyy-MM-dd")),
            new("规模", a => a.SizeName),
            new("地点", a => a.Place),
            new("参与人数", a => a.Participants),
            new("社工", a => a.WorkerName),
            .. StationColumn<ActivityView>(a => a.StationId),
            new("状态", a => a.IsWithdrawn ? "已撤回" : a.IsCompleted ? "已计入" : "待完善"),
            new("尚缺", a => string.Join("；", a.Missing)),
        ]);
    }

    private ListActivities Query(int page, int size) => new(MineOnly, Pending, page, size) { StationId = StationFilter, Sort = Sort, Dir = Dir };
}
