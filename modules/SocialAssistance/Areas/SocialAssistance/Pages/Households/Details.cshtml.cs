using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Agreements;
using Platform.Modules.SocialAssistance.Files;
using Platform.Modules.SocialAssistance.Programmes;
using Platform.Modules.SocialAssistance.Reviews;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Households;

/// <summary>A household's assistance record: programmes and their reviews due, reviews with the assessment reference; one without a record is offered one.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public EndProgramme End { get; set; } = new();

    public HouseholdView Household { get; private set; } = null!;

    public DateOnly Today => LocalTime.Today(clock);

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public bool CanWithdraw(ReviewView review) => !review.IsWithdrawn && user.MayActFor(review.WorkerId);

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            return Page();
        }
        catch (NotFoundException) when (IsWorker)
        {
            if (await mediator.Send(new GetClient(ClientId)) is { } client && client.StationId == user.StationId)
            {
                return Redirect($"/social-assistance/programmes/create?clientId={Uri.EscapeDataString(ClientId)}");
            }

            throw;
        }
    }

    public async Task<IActionResult> OnPostEndAsync(string programmeId)
    {
        End.Id = programmeId;
        await mediator.Send(End);
        TempData["Saved"] = "救助项目已登记终止，不再列入复核。";
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string reviewId, string? reason)
    {
        await mediator.Send(new WithdrawReview(reviewId, reason ?? ""));
        TempData["Saved"] = "复核已撤回，相应的服务时长随之撤回。";
        return RedirectToPage(new { ClientId });
    }

    /// <summary>Ends an agreement early (the modal's form, its fields named <c>EndAgreementInput.*</c>; validated only here).</summary>
    public async Task<IActionResult> OnPostEndAgreementAsync(string agreementId, EndAgreement endAgreementInput)
    {
        DropOtherForms("EndAgreementInput");
        endAgreementInput.Id = agreementId;
        await mediator.Send(endAgreementInput);
        TempData["Saved"] = "照料协议已提前终止，请尽快另行签订。";
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnPostScanAsync(string agreementId, IFormFile? scan, int? version)
    {
        DropOtherForms(null);
        await mediator.Send(new AttachAgreementScan(agreementId, scan, version));
        TempData["Saved"] = "协议签字件已上传。";
        return RedirectToPage(new { ClientId });
    }

    public async Task<IActionResult> OnGetScanAsync(string agreementId, bool original) =>
        (await mediator.Send(new GetAgreementScan(agreementId, original))).ToActionResult();

    /// <summary>The page binds the programme's end form on every post: its empty fields are not this form's errors.</summary>
    private void DropOtherForms(string? keep)
    {
        foreach (var key in ModelState.Keys.Where(k => keep is null || !k.StartsWith(keep + ".", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            ModelState.Remove(key);
        }
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Household = await mediator.Send(new GetHousehold(ClientId), cancellationToken);
}
