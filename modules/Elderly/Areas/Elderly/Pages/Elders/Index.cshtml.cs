using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Elderly.Domain;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Areas.Elderly.Pages.Elders;

/// <summary>老年人探访: the monthly visit rate per station, the elders owed a visit first, and elders of the station without a profile yet.</summary>
[Authorize(Policy = ElderlyPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, ElderlyRules rules, TimeProvider clock) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool DueOnly { get; set; }

    public ElderPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("due", false));

    public IReadOnlyList<StationElders> Overview { get; private set; } = [];


    public IReadOnlyList<ClientSummary> WithoutProfile { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public ElderlyRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        Result = await mediator.Send(Query(PageNumber, Size));
        Overview = await mediator.Send(new GetElderOverview());
        Stations = await mediator.Send(new GetStations());
        if (user.IsInRole(Roles.Worker))
        {
            var known = (await mediator.Send(new ListElders())).Select(e => e.ClientId).ToHashSet();
            WithoutProfile = (await mediator.Send(new ListClientsByCategory("ELDER_SPECIAL")))
                .Where(c => !known.Contains(c.Id) && !c.IsArchived && c.BirthDate is { } b && b.AddYears(60) <= Today).OrderBy(c => c.Name).ToList();
        }
    }

    /// <summary>导出 Excel: the elders the search finds, with the table's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("老年人探访", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("姓名", e => e.Name),
            .. StationColumn<ElderLine>(e => e.StationId),
            new("风险等级", e => ElderTerms.NameOf(e.Tier)),
            new("探访频次", e => ElderTerms.NameOf(e.Every)),
            new("上次探访", e => e.LastVisit?.ToString("yyyy-MM-dd") ?? ""),
            new("下次应探访", e => e.NextDue.ToString("yyyy-MM-dd")),
        ]);
    }

    private PageElders Query(int page, int size) => new(SeesAllStations ? StationId : null, DueOnly, Sort, Dir, page, size);
}
