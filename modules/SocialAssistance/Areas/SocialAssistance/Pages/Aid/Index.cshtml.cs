using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.TemporaryAid;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Aid;

/// <summary>临时救助: applications still owed something (overdue flagged in working days), each moved on from here; all of them on request.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, SocialAssistanceRules rules, TimeProvider clock) : ListPageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty]
    public AdvanceAid Advance { get; set; } = new();

    public AidPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("due", false));

    public SocialAssistanceRules Rules => rules;

    public DateOnly Today => LocalTime.Today(clock);

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAdvanceAsync(string id)
    {
        Advance.Id = id;
        await mediator.Send(Advance);
        TempData["Saved"] = "临时救助办理情况已保存。";
        return RedirectToPage(new { StationId, All, Sort, Dir, PageSize });
    }

    /// <summary>导出 Excel: the applications the search finds, with where each stands.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("临时救助", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("姓名", a => a.Name),
            .. StationColumn<AidLine>(a => a.StationId),
            new("程序", a => AidTerms.NameOf(a.Route)),
            new("救助事由", a => a.CauseName),
            new("受理日期", a => a.AppliedOn.ToString("yyyy-MM-dd")),
            new("当前环节", a => a.StageName),
            new("办结或补齐期限", a => a.DueOn.ToString("yyyy-MM-dd")),
            new("剩余工作日", a => a.WorkingDaysLeft is { } left ? left.ToString(System.Globalization.CultureInfo.InvariantCulture) : "已办结"),
            new("救助金额（元）", a => a.Amount?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            new("审批机关", a => a.GrantedBy ?? ""),
        ]);
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Result = await mediator.Send(Query(PageNumber, Size), cancellationToken);
        Stations = await mediator.Send(new GetStations(), cancellationToken);
    }

    private PageAid Query(int page, int size) => new(SeesAllStations ? StationId : null, !All, Sort, Dir, page, size);
}
