using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Groups;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Groups;

/// <summary>Groups, newest first: a worker's own by default, the station's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : WorkListModel(user)
{
    public Paged<GroupView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListGroups.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync()
    {
        await LoadStationsAsync(mediator);
        Result = await mediator.Send(Query(PageNumber, Size));
    }

    /// <summary>导出 Excel: the groups the search finds, with the table's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        await LoadStationsAsync(mediator);
        return await ExportAsync("小组工作", (page, size) => mediator.Send(Query(page, size)), [
            new("小组名称", g => g.Name),
            new("服务对象群体", g => g.Target),
            new("组员（人）", g => g.Members.Count(m => !m.HasLeft)),
            new("已开展（节）", g => g.Sessions.Count),
            new("社工", g => g.WorkerName),
            .. StationColumn<GroupView>(g => g.StationId),
            new("状态", g => g.IsWithdrawn ? "已撤回" : g.IsCompleted ? "已计入" : "进行中"),
            new("尚缺", g => string.Join("；", g.Missing)),
        ]);
    }

    private ListGroups Query(int page, int size) => new(MineOnly, Pending, page, size) { StationId = StationFilter, Sort = Sort, Dir = Dir };
}
