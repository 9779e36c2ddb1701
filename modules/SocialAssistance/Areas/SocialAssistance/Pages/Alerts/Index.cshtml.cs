using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Alerts;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Alerts;

/// <summary>预警核查: the station's open verification tasks from the monitoring alerts, soonest due first (overdue flagged); the closed on request.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, SocialAssistanceRules rules, TimeProvider clock) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Closed { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public VerificationPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("due", false));

    public DateOnly Today { get; private set; }

    public SocialAssistanceRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool MayImport => user.IsLeadOrAdmin();

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        Result = await mediator.Send(Query(PageNumber, Size));
        Stations = await mediator.Send(new GetStations());
    }

    /// <summary>导出 Excel: the verification tasks the search finds, with the table's columns and the result.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("预警核查", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("姓名", t => t.Name),
            .. StationColumn<VerificationLine>(t => t.StationId),
            new("预警类型", t => t.AlertType),
            new("预警日期", t => t.AlertedOn?.ToString("yyyy-MM-dd") ?? ""),
            new("预警内容", t => t.Detail),
            new("核查期限", t => t.DueOn.ToString("yyyy-MM-dd")),
            new("逾期", t => t.IsOverdue ? "是" : ""),
            new("核查结论", t => t.ResultName ?? ""),
            new("核查情况", t => t.ResultText ?? ""),
        ]);
    }

    private PageVerifications Query(int page, int size) => new(SeesAllStations ? StationId : null, Closed, Q, Sort, Dir, page, size);
}
