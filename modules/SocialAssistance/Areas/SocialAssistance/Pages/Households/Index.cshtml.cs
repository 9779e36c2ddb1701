using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Files;
using Platform.Modules.SocialAssistance.Reviews;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Households;

/// <summary>救助复核: the programmes in force, those owed a review first (overdue flagged), and the station's households without a record yet.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, SocialAssistanceRules rules, TimeProvider clock) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool DueOnly { get; set; }

    public ReviewPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("due", false));

    public IReadOnlyList<Platform.Modules.SocialAssistance.Visits.VisitLine> DueVisits { get; private set; } = [];

    public IReadOnlyList<ClientSummary> WithoutRecord { get; private set; } = [];

    /// <summary>未签协议 / 协议已过期 of the 分散供养 特困 households on the page (none for the others, or with an agreement in force).</summary>
    public IReadOnlyDictionary<string, string> AgreementFlags { get; private set; } = new Dictionary<string, string>();

    public DateOnly Today { get; private set; }

    public SocialAssistanceRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        Result = await mediator.Send(Query(PageNumber, Size));
        Stations = await mediator.Send(new GetStations());
        var dispersed = Result.Rows.Items.Where(r => r.Kind == Domain.ProgrammeKind.Tekun && r.Care == Domain.TekunCare.Dispersed).Select(r => r.ClientId).ToList();
        AgreementFlags = dispersed.Count == 0 ? AgreementFlags : await mediator.Send(new Platform.Modules.SocialAssistance.Agreements.GetAgreementStanding(dispersed));
        DueVisits = await mediator.Send(new Platform.Modules.SocialAssistance.Visits.ListDueVisits(SeesAllStations ? StationId : null));
        if (user.IsInRole(Roles.Worker))
        {
            var known = (await mediator.Send(new ListHouseholdIds())).ToHashSet();
            var eligible = new Dictionary<string, ClientSummary>();
            foreach (var category in SocialAssistanceFiles.Eligible.Categories)
            {
                foreach (var c in await mediator.Send(new ListClientsByCategory(category)))
                {
                    eligible.TryAdd(c.Id, c);
                }
            }

            WithoutRecord = eligible.Values.Where(c => !known.Contains(c.Id) && !c.IsArchived).OrderBy(c => c.Name).Take(50).ToList();
        }
    }

    /// <summary>导出 Excel: the programmes in force the search finds, with the table's columns.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("救助复核", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("户主", r => r.Name),
            .. StationColumn<ReviewLine>(r => r.StationId),
            new("救助项目", r => r.Programme),
            new("复核周期（月）", r => r.EveryMonths),
            new("起始日期", r => r.StartOn.ToString("yyyy-MM-dd")),
            new("上次复核", r => r.LastReview?.ToString("yyyy-MM-dd") ?? ""),
            new("下次应复核", r => r.NextDue.ToString("yyyy-MM-dd")),
        ]);
    }

    private PageReviews Query(int page, int size) => new(SeesAllStations ? StationId : null, DueOnly, Sort, Dir, page, size);
}
