using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

/// <summary>The archive with the full ID number (the view is audited by the request it sends), and its archive and transfer actions.</summary>
[Authorize(Policy = RegistryPermissions.View)]
public sealed class DetailsModel(IMediator mediator, IAuthorizationService authorization, ICurrentUser user) : PageModel, IPageWithLookups
{
    private IReadOnlyDictionary<string, string> _stationNames = new Dictionary<string, string>();

    public ClientDetails Client { get; private set; } = null!;

    public string StationName => NameOf(Client.StationId);

    public bool CanEdit { get; private set; }

    /// <summary>Stations to transfer to, for roles that span stations; null otherwise.</summary>
    public IReadOnlyList<StationSummary>? Stations { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public HouseholdView? Household { get; private set; }

    public Paged<TimelineItem> Timeline { get; private set; } = new([], 0, 1, 30);

    [BindProperty(SupportsGet = true, Name = "timeline")]
    public int TimelinePageNumber { get; set; } = 1;

    public string NameOf(string stationId) => _stationNames.GetValueOrDefault(stationId, "");

    public async Task<IActionResult> OnPostAddNeedAsync(string? kind, string? description, NeedPriority priority)
    {
        await mediator.Send(new AddClientNeed(Id, kind ?? "", description ?? "", priority, null));
        TempData["Saved"] = "需求已登记。";
        return RedirectToPage(null, null, new { id = Id }, "needs");
    }

    public async Task<IActionResult> OnPostUpdateNeedAsync(long needId, string? description, NeedPriority priority, NeedStatus status, string? note)
    {
        await mediator.Send(new UpdateClientNeed { ClientId = Id, NeedId = needId, Description = description ?? "", Priority = priority, Status = status, Note = note });
        TempData["Saved"] = "需求已更新。";
        return RedirectToPage(null, null, new { id = Id }, "needs");
    }

    public async Task<IActionResult> OnPostAddMemberAsync(string? name, string? memberIdNumber, string? relation, string? clientRelation, string? notes)
    {
        await mediator.Send(new AddHouseholdMember
        {
            ClientId = Id,
            Name = name,
            MemberIdNumber = memberIdNumber,
            Relation = relation ?? "",
            ClientRelation = string.IsNullOrEmpty(clientRelation) ? "户主" : clientRelation,
            Notes = notes,
        });
        TempData["Saved"] = "家庭成员已添加。";
        return RedirectToPage(null, null, new { id = Id }, "household");
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(long memberId)
    {
        await mediator.Send(new RemoveHouseholdMember(Id, memberId));
        TempData["Saved"] = "家庭成员已移除。";
        return RedirectToPage(null, null, new { id = Id }, "household");
    }

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostArchiveAsync(string? reason)
    {
        await mediator.Send(new ArchiveClient { Id = Id, Reason = reason ?? "" });
        TempData["Saved"] = "服务对象已归档。";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostRestoreAsync()
    {
        await mediator.Send(new RestoreClient(Id));
        TempData["Saved"] = "服务对象已恢复。";
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostTransferAsync(string? stationId, string? reason)
    {
        await mediator.Send(new TransferClient { Id = Id, StationId = stationId ?? "", Reason = reason ?? "" });
        TempData["Saved"] = "服务对象已转到新站点。";
        return RedirectToPage("Index");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Client = await mediator.Send(new GetClientDetails(Id), cancellationToken);
        Household = await mediator.Send(new GetHousehold(Id), cancellationToken);
        Timeline = await mediator.Send(new GetClientTimeline(Id, TimelinePageNumber), cancellationToken);
        _stationNames = await mediator.Send(new GetStationNames(), cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, RegistryPermissions.Register)).Succeeded;
        Stations = CanEdit && user.SeesAllStations() ? (await mediator.Send(new GetStations(), cancellationToken)).Where(s => s.IsActive).ToList() : null;
    }
}
