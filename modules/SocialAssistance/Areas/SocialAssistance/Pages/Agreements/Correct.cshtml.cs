using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Agreements;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Agreements;

/// <summary>更正协议: the agreement's fields as recorded, to put right what was mistyped at the signing; the household's page says it was saved.</summary>
[Authorize(Policy = SocialAssistancePermissions.Record)]
public sealed class CorrectModel(IMediator mediator, SocialAssistanceRules rules) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    public CorrectAgreement Input { get; set; } = new();

    public AgreementLine Agreement { get; private set; } = null!;

    public SocialAssistanceRules Rules => rules;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        var a = Agreement;
        Input = new CorrectAgreement
        {
            CarerName = a.CarerName, CarerRelation = a.CarerRelation, CarerPhone = a.CarerPhone, Duties = a.Duties, FeeBand = a.FeeBand, MonthlyFee = a.MonthlyFee,
            StartOn = a.StartOn, EndOn = a.EndOn, SignedBy = a.SignedBy, SignedOn = a.SignedOn, Version = a.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = Id;
        await mediator.Send(Input);
        TempData["Saved"] = "照料协议的更正已保存。";
        await LoadLookupsAsync(HttpContext.RequestAborted);
        return Redirect(SocialAssistanceMessages.Link(Uri.EscapeDataString(Agreement.ClientId)));
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Agreement = await mediator.Send(new GetAgreement(Id), cancellationToken);
}
