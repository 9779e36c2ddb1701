using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Directory;
using Platform.Modules.Resources.Needs;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Areas.Resources.Pages.Referrals;

/// <summary>转介资源: a station worker refers a client's need — one waiting on the list, or one typed here from the client's page — to a resource.</summary>
[Authorize(Policy = ResourcesPermissions.Refer)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? NeedId { get; set; }

    [BindProperty]
    public MakeReferral Input { get; set; } = new();

    public NeedLine? Need { get; private set; }

    public ClientSummary? Client { get; private set; }

    public IReadOnlyList<ResourceLine> Resources { get; private set; } = [];

    public IReadOnlyList<NeedLine> ClientNeeds { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input.ReferredOn = Today;
        Input.FollowUpOn = Today.AddDays(7);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.NeedId = NeedId;
        Input.ClientId = NeedId is null ? ClientId : null;
        var id = await mediator.Send(Input);
        TempData["Saved"] = "已转介，转介记录已加入服务对象的时间线。";
        return Redirect($"/resources/referrals/details/{id}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Today = LocalTime.Today(clock);
        if (NeedId is { } needId)
        {
            Need = await mediator.Send(new GetNeed(needId), cancellationToken);
            ClientId = Need.ClientId;
        }

        Client = string.IsNullOrEmpty(ClientId) ? null : await mediator.Send(new GetClient(ClientId), cancellationToken);
        if (Client is null)
        {
            throw new NotFoundException("找不到该服务对象，或您无权查看。");
        }

        if (Need is null)
        {
            ClientNeeds = (await mediator.Send(new PageNeeds(ClientId: Client.Id, PageSize: 20), cancellationToken)).Items;
        }

        Resources = await mediator.Send(new ListReferableResources(), cancellationToken);
    }
}
