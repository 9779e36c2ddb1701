using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Cases;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Cases;

/// <summary>Cases, newest first: a worker's own by default, the station's or a client's on asking; or only those not yet counted.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : WorkListModel(user)
{
    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    public Paged<CaseView> Result { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => ListCases.Columns.Resolve(Sort, Dir);

    public async Task OnGetAsync()
    {
        await LoadStationsAsync(mediator);
        Result = await mediator.Send(Query(PageNumber, Size));
    }

    /// <summary>导出 Excel: the cases the search finds, with the table's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        await LoadStationsAsync(mediator);
        return await ExportAsync("个案工作", (page, size) => mediator.Send(Query(page, size)), [
            new("服务对象", c => c.Client.Name),
            new("接案日期", c => c.OpenedOn.ToString("yyyy-MM-dd")),
            new("阶段", c => c.Phase),
            new("社工", c => c.WorkerName),
            .. StationColumn<CaseView>(c => c.StationId),
            new("计入", c => c.IsWithdrawn ? "已撤回" : c.IsCounted ? "已计入" : string.Join("；", c.Missing.Select(m => "尚缺" + m))),
        ]);
    }

    private ListCases Query(int page, int size)
    {
        var client = string.IsNullOrWhiteSpace(ClientId) ? null : ClientId;
        return new ListCases(client is null ? MineOnly : null, client, Pending, page, size) { StationId = StationFilter, Sort = Sort, Dir = Dir };
    }
}
