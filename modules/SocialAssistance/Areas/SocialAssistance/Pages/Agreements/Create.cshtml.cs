using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Agreements;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Agreements;

/// <summary>A care agreement of a 分散供养 特困 person, on a phone at the signing: the carer, the duties, the fee band, the period, the signed scan.</summary>
[Authorize(Policy = SocialAssistancePermissions.Record)]
public sealed class CreateModel(IMediator mediator, SocialAssistanceRules rules, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public SignAgreement Input { get; set; } = new();

    public HouseholdView Household { get; private set; } = null!;

    public SocialAssistanceRules Rules => rules;

    /// <summary>The self-care ability of the 分散供养 programme in force, which sets the fee band by default.</summary>
    public SelfCareAbility? SelfCare => Household.Programmes.FirstOrDefault(p => p.EndOn is null && p.Kind == ProgrammeKind.Tekun && p.Care == TekunCare.Dispersed)?.SelfCare;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        var today = LocalTime.Today(clock);

        // A renewal starts the day after the latest agreement's last day, when that is still ahead or recent.
        var latest = Household.Agreements.FirstOrDefault();
        var start = latest is not null && latest.LastDay >= today.AddDays(-1) ? latest.LastDay.AddDays(1) : today;
        Input = new SignAgreement
        {
            StartOn = start, EndOn = start.AddYears(1).AddDays(-1), SignedOn = today, FeeBand = SelfCare,
            MonthlyFee = SelfCare is { } band ? rules.CareFeeFor(band) : null,
            CarerName = latest?.CarerName ?? "", CarerRelation = latest?.CarerRelation ?? "", CarerPhone = latest?.CarerPhone ?? "", Duties = latest?.Duties ?? "",
            SignedBy = latest?.SignedBy ?? "",
        };
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? scan)
    {
        Input.ClientId = ClientId;
        Input.Scan = scan;
        await mediator.Send(Input);
        TempData["Saved"] = "照料协议已保存。";
        return Redirect(SocialAssistanceMessages.Link(Uri.EscapeDataString(ClientId)));
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Household = await mediator.Send(new GetHousehold(ClientId), cancellationToken);
}

/// <summary>What the agreement fields show: the form's values, the fee examples, the programme's self-care ability, and on a correction the ID number recorded (masked).</summary>
internal sealed record AgreementFieldsView(AgreementForm Input, SocialAssistanceRules Rules, SelfCareAbility? SelfCare, string? RecordedIdNumber);
