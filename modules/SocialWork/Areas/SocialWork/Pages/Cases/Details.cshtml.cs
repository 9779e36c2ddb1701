using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Cases;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Cases;

/// <summary>
/// One case: its phase and what it lacks, its documents, and the forms of the next steps — a document of any phase,
/// the signed agreement, a transfer, withdrawal. Each form binds its own request, validated when sent.
/// </summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    [ValidateNever]
    public WriteCaseDocument Document { get; set; } = new();

    [BindProperty]
    [ValidateNever]
    public TransferCase Transfer { get; set; } = new();

    [BindProperty]
    [ValidateNever]
    public WithdrawCase Withdraw { get; set; } = new();

    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Colleagues { get; private set; } = [];

    public bool CanChange => !Case.IsWithdrawn && user.MayActFor(Case.WorkerId);

    /// <summary>The kind the form offers first: the next step of the phase.</summary>
    public CaseDocumentKind Next =>
        Case.Documents.Any(d => d.Kind == CaseDocumentKind.Evaluation) ? CaseDocumentKind.FollowUp :
        Case.Documents.Any(d => d.Kind == CaseDocumentKind.Closure) ? CaseDocumentKind.Evaluation :
        Case.Documents.Any(d => d.Kind == CaseDocumentKind.Agreement) ? CaseDocumentKind.Session :
        Case.Documents.Any(d => d.Kind == CaseDocumentKind.Plan) ? CaseDocumentKind.Agreement :
        Case.Documents.Any(d => d.Kind == CaseDocumentKind.Assessment) ? CaseDocumentKind.Plan : CaseDocumentKind.Assessment;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Document.Kind = Next;
        Document.Date = LocalTime.Today(clock);
    }

    public async Task<IActionResult> OnPostDocumentAsync()
    {
        Document.Id = Id;
        await mediator.Send(Document);
        TempData["Saved"] = $"{CaseDocumentView.Names[Document.Kind!.Value]}已保存。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostAgreementAsync(List<IFormFile> files)
    {
        var count = await mediator.Send(new AttachSignedAgreement(Id, files));
        TempData["Saved"] = $"协议签字件已上传（共 {count} 个）。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostTransferAsync()
    {
        Transfer.Id = Id;
        await mediator.Send(Transfer);
        TempData["Saved"] = "个案已转由他人负责。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        Withdraw.Id = Id;
        await mediator.Send(Withdraw);
        TempData["Saved"] = "个案已撤回。";
        return RedirectToPage(new { Id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Case = await mediator.Send(new GetCase(Id), cancellationToken);
        Colleagues = [.. (await mediator.Send(new GetStationWorkers(Case.StationId), cancellationToken)).Where(w => w.IsActive && w.Id != Case.WorkerId)];
    }
}
