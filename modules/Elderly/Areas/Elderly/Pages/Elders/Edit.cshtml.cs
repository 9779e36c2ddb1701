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

/// <summary>Opens or edits an elder's profile (a station worker).</summary>
[Authorize(Policy = ElderlyPermissions.Record)]
public sealed class EditModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public SaveElderProfile Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        try
        {
            var e = await mediator.Send(new GetElder(ClientId));
            Input = new SaveElderProfile
            {
                WorkerId = e.WorkerId, Situations = ElderTerms.Situations.Where(s => e.Situation.HasFlag(s.Flag)).Select(s => s.Flag.ToString()).ToList(),
                Eating = e.Activities[0], Dressing = e.Activities[1], Transfer = e.Activities[2], Toileting = e.Activities[3], Walking = e.Activities[4], Bathing = e.Activities[5],
                EmergencyContacts = e.EmergencyContacts, Carer = e.Carer, Tier = e.Tier,
            };
        }
        catch (NotFoundException)
        {
            Input = new SaveElderProfile { WorkerId = user.UserId };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        await mediator.Send(Input);
        TempData["Saved"] = "老年人档案已保存。";
        return Redirect($"/elderly/elders/details/{Uri.EscapeDataString(ClientId)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Client = await mediator.Send(new GetClient(ClientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
        Workers = (await mediator.Send(new GetStationWorkers(user.StationId), cancellationToken)).Where(w => w.IsActive).ToList();
    }
}
