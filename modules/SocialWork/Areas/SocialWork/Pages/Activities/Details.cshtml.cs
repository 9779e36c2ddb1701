using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Activities;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Activities;

/// <summary>One activity: what it still lacks, its evidence, completing it (it then counts) and withdrawing it.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty]
    [ValidateNever]
    public WithdrawActivity Withdraw { get; set; } = new();

    public ActivityView Activity { get; private set; } = null!;

    /// <summary>The worker responsible (or the lead) works on it while it is open.</summary>
    public bool CanChange => !Activity.IsWithdrawn && user.MayActFor(Activity.WorkerId);

    /// <summary>Offered once nothing is missing (the handler refuses otherwise anyway, naming what is).</summary>
    public bool CanComplete => CanChange && !Activity.IsCompleted && Activity.Missing.Count == 0 && Activity.WorkerId == user.UserId;

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostFilesAsync(List<IFormFile> signIn, List<IFormFile> photos)
    {
        var count = await mediator.Send(new AttachActivityFiles(Id, signIn, photos));
        TempData["Saved"] = $"材料已上传，共 {count} 个文件。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        await mediator.Send(new CompleteActivity(Id));
        TempData["Saved"] = "活动已完成，时长已计入。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        Withdraw.Id = Id;
        await mediator.Send(Withdraw);
        TempData["Saved"] = "活动已撤回。";
        return RedirectToPage(new { Id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Activity = await mediator.Send(new GetActivity(Id), cancellationToken);
}
