using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Domain;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Areas.Resources.Pages.Referrals;

/// <summary>One referral: the need, the resource, its course, and (for the worker who made it or the lead) the next step.</summary>
[Authorize(Policy = ResourcesPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public AdvanceReferral Input { get; set; } = new();

    public ReferralView Referral { get; private set; } = null!;

    public string WorkerName { get; private set; } = "";

    /// <summary>Who made it and at which station, when it came with a transferred client; null otherwise.</summary>
    public string? MadeAt { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>Whether the next-step form is offered (the worker who made it, or the lead); the step is still checked centrally.</summary>
    public bool MayFollow => !user.IsReadOnly() && user.MayActFor(Referral.WorkerId) && Referral.Next.Count > 0;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input.Status = Referral.Next.FirstOrDefault();
        Input.On = Today;
        Input.FollowUpOn = Referral.FollowUpOn is { } f && f > Today ? f : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = Id;
        await mediator.Send(Input);
        TempData["Saved"] = Input.Status is ReferralStatus.Resolved or ReferralStatus.Unresolved ? "转介已结束，结果已记入服务对象的时间线。" : "转介状态已更新。";
        return Redirect($"/resources/referrals/details/{Uri.EscapeDataString(Id)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Today = LocalTime.Today(clock);
        Referral = await mediator.Send(new GetReferral(Id), cancellationToken);
        var workers = await mediator.Send(new GetStationWorkers(), cancellationToken);
        string NameOf(string? id) => workers.FirstOrDefault(w => w.Id == id)?.DisplayName ?? "";
        WorkerName = NameOf(Referral.WorkerId);
        if (Referral.MadeAtStationId is { } station)
        {
            var names = await mediator.Send(new GetStationNames(), cancellationToken);
            MadeAt = $"{NameOf(Referral.MadeBy)}（{names.GetValueOrDefault(station, station)}）";
        }
    }
}
