using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modules.ChildWelfare.Children;

namespace Platform.Modules.ChildWelfare.Areas.ChildWelfare.Pages.Children;

/// <summary>儿童关爱: the children's files, key children first with this month's visit; children of the station's registry who have no file yet.</summary>
[Authorize(Policy = ChildWelfarePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool KeyOnly { get; set; }

    public IReadOnlyList<ChildLine> Children { get; private set; } = [];

    public IReadOnlyList<ClientSummary> WithoutFile { get; private set; } = [];

    /// <summary>The most children one page lists (key children first); a district's children are found by station.</summary>
    public const int Shown = 300;

    public int Total { get; private set; }

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public IReadOnlyList<StationChildren> Overview { get; private set; } = [];

    public ChildWelfareRules Rules { get; private set; } = new();

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public async Task OnGetAsync([FromServices] ChildWelfareRules rules)
    {
        Rules = rules;
        var all = await mediator.Send(new ListChildren(SeesAllStations ? StationId : null, KeyOnly));
        Total = all.Count;
        Children = all.Take(Shown).ToList();
        Overview = await mediator.Send(new GetChildOverview());
        Stations = await mediator.Send(new GetStations());
        if (IsWorker)
        {
            var withFile = all.Select(c => c.ClientId).ToHashSet();
            var candidates = new List<ClientSummary>();
            foreach (var code in ChildCategories.Codes)
            {
                candidates.AddRange(await mediator.Send(new ListClientsByCategory(code)));
            }

            WithoutFile = candidates.Where(c => !withFile.Contains(c.Id) && !c.IsArchived).DistinctBy(c => c.Id).OrderBy(c => c.Name).ToList();
        }
    }
}
