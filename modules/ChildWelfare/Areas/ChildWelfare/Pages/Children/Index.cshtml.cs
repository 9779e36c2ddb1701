using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.ChildWelfare.Children;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Areas.ChildWelfare.Pages.Children;

/// <summary>儿童关爱: the children's files, key children first with this month's visit; children of the station's registry who have no file yet.</summary>
[Authorize(Policy = ChildWelfarePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool KeyOnly { get; set; }

    public ChildPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("key", true));

    public IReadOnlyList<ClientSummary> WithoutFile { get; private set; } = [];


    public IReadOnlyList<StationChildren> Overview { get; private set; } = [];

    public ChildWelfareRules Rules { get; private set; } = new();

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    /// <summary>Today, for the overview's note on how much of the month is left.</summary>
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync([FromServices] ChildWelfareRules rules, [FromServices] TimeProvider clock)
    {
        Rules = rules;
        Today = LocalTime.Today(clock);
        Result = await mediator.Send(Query(PageNumber, Size));
        Overview = await mediator.Send(new GetChildOverview());
        Stations = await mediator.Send(new GetStations());
        if (IsWorker)
        {
            var withFile = (await mediator.Send(new ListChildren())).Select(c => c.ClientId).ToHashSet();
            var candidates = new List<ClientSummary>();
            foreach (var code in ChildCategories.Codes)
            {
                candidates.AddRange(await mediator.Send(new ListClientsByCategory(code)));
            }

            WithoutFile = candidates.Where(c => !withFile.Contains(c.Id) && !c.IsArchived).DistinctBy(c => c.Id).OrderBy(c => c.Name).ToList();
        }
    }

    /// <summary>导出 Excel: the children's files the search finds, with the table's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("儿童关爱", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("姓名", c => c.Name),
            .. StationColumn<ChildLine>(c => c.StationId),
            new("重点关爱", c => c.IsKeyChild ? "是" : ""),
            new("监护情况", c => Guardianship.NameOf(c.Status)),
            new("风险", c => Guardianship.NameOf(c.Risk)),
            new("本月入户探视（次）", c => c.HomeVisitsThisMonth),
            new("最近一次探视", c => c.LastVisit?.ToString("yyyy-MM-dd") ?? ""),
        ]);
    }

    private PageChildren Query(int page, int size) => new(SeesAllStations ? StationId : null, KeyOnly, Sort, Dir, page, size);
}
