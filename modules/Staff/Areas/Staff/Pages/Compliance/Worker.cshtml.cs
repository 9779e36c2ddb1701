using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Files;
using Platform.Modularity.Web;
using Platform.Modules.Staff.Compliance;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Compliance;

/// <summary>A worker's file: standing, personnel record (kept by the lead), supervision received, training taken (with certificates).</summary>
[Authorize(Policy = StaffPermissions.ViewCompliance)]
public sealed class WorkerModel(IMediator mediator, ICurrentUser user, IUploadStore store, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    [ValidateNever]
    public SaveWorkerProfile Profile { get; set; } = new();

    [BindProperty]
    [ValidateNever]
    public RecordTraining Training { get; set; } = new();

    public WorkerFile Worker { get; private set; } = null!;

    public bool CanManage => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);

    public bool CanRecordTraining => CanManage || (user.IsInRole(Roles.Worker) && user.UserId == Id);

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        if (Worker.Profile is { } p)
        {
            Profile = new SaveWorkerProfile
            {
                HiredOn = p.HiredOn,
                Education = p.Education,
                Certificate = p.Certificate,
                CertificateNumber = p.CertificateNumber,
                CertificateObtainedOn = p.CertificateObtainedOn,
                NotEligibleReason = p.NotEligibleReason,
            };
        }

        Training = new RecordTraining { Date = LocalTime.Today(clock) };
    }

    public async Task<IActionResult> OnPostProfileAsync()
    {
        Profile.WorkerId = Id;
        await mediator.Send(Profile);
        TempData["Saved"] = "人员档案已保存。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostTrainingAsync(IFormFile? certificate)
    {
        Training.WorkerId = Id;
        if (certificate is { Length: > 0 })
        {
            await using var content = certificate.OpenReadStream();
            Training.Certificate = await store.SaveAsync("staff", UploadKind.Scan, content, certificate.FileName, HttpContext.RequestAborted);
        }

        await mediator.Send(Training);
        TempData["Saved"] = "培训记录已登记，学时已计入。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostWithdrawTrainingAsync(string trainingId, string? reason)
    {
        await mediator.Send(new WithdrawTraining(trainingId, reason ?? ""));
        TempData["Saved"] = "培训记录已撤销，学时已撤回。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnGetCertificateAsync(string trainingId, bool original)
    {
        var file = await mediator.Send(new GetTrainingCertificate(trainingId, original));
        return file.ToActionResult();
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Worker = await mediator.Send(new GetWorkerFile(Id), cancellationToken);
}
