using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;
using Platform.Modules.SocialAssistance.Reviews;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Reviews;

/// <summary>A review on a phone at the household: which programme, what was seen, each member's income, rigid spending, the conclusion for the office.</summary>
[Authorize(Policy = SocialAssistancePermissions.Record)]
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
{
    /// <summary>Member rows the form offers; blank ones are left out.</summary>
    public const int MemberRows = 6;

    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public RecordReview Input { get; set; } = new();

    public HouseholdView Household { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        var due = Household.Programmes.Where(p => p.NextDue is not null).OrderBy(p => p.NextDue).FirstOrDefault();
        var last = Household.Reviews.FirstOrDefault(r => !r.IsWithdrawn);
        Input = new RecordReview
        {
            ProgrammeId = due?.Id ?? "", VisitedAt = LocalTime.Of(clock.GetUtcNow()), Conclusion = ReviewConclusion.Maintain,
            Members = last?.Members.ToList() ?? [new MemberIncome { Name = Household.Name, Relation = "户主" }],
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        Input.Members = Input.Members.Where(m => !m.IsBlank).ToList();
        if (Input.VisitedAt is { } at)
        {
            Input.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        await mediator.Send(Input);
        TempData["Saved"] = "复核已保存，已计入入户探访。";
        return Redirect(SocialAssistanceMessages.Link(Uri.EscapeDataString(ClientId)));
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Household = await mediator.Send(new GetHousehold(ClientId), cancellationToken);
}
