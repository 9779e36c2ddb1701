using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Areas.Elderly.Pages.Elders;

/// <summary>老年人探访: the monthly visit rate per station, the elders owed a visit first, and elders of the station without a profile yet.</summary>
[Authorize(Policy = ElderlyPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, ElderlyRules rules, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool DueOnly { get; set; }

    public IReadOnlyList<ElderLine> Elders { get; private set; } = [];

    public IReadOnlyList<StationElders> Overview { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public IReadOnlyList<ClientSummary> WithoutProfile { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>The most elders one page lists (those owed a visit come first); a district's elders are found by station.</summary>
    public const int Shown = 300;

    public int Total { get; private set; }

    public ElderlyRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public async Task OnGetAsync()
    {
        Today = LocalTime.Today(clock);
        var all = await mediator.Send(new ListElders(SeesAllStations ? StationId : null, DueOnly));
        Total = all.Count;
        Elders = all.Take(Shown).ToList();
        Overview = await mediator.Send(new GetElderOverview());
        Stations = await mediator.Send(new GetStations());
        if (user.IsInRole(Roles.Worker))
        {
            var known = (DueOnly ? await mediator.Send(new ListElders()) : all).Select(e => e.ClientId).ToHashSet();
            WithoutProfile = (await mediator.Send(new ListClientsByCategory("ELDER_SPECIAL")))
                .Where(c => !known.Contains(c.Id) && !c.IsArchived && c.BirthDate is { } b && b.AddYears(60) <= Today).OrderBy(c => c.Name).ToList();
        }
    }
}
