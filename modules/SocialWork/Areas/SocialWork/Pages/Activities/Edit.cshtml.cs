using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Files;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Activities;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Activities;

/// <summary>
/// Plans or records a community activity (or changes one not yet counted): the facts, and at once, if at hand,
/// the sign-in sheet and photos — checked and kept before anything is saved.
/// </summary>
[Authorize(Policy = SocialWorkPermissions.Record)]
public sealed class EditModel(IMediator mediator, IUploadStore store, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public SaveActivity Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        if (Id is null)
        {
            Input.Date = LocalTime.Today(clock);
            Input.Size = ActivitySize.Medium;
            return;
        }

        var a = await mediator.Send(new GetActivity(Id));
        Input = new SaveActivity
        {
            Size = a.Size, Theme = a.Theme, Date = a.Date, Place = a.Place, Partners = a.Partners, Plan = a.Plan, Participants = a.Participants,
            Volunteers = a.Volunteers, VolunteerCount = a.VolunteerCount, Summary = a.Summary, ClientIds = [.. a.Clients.Select(c => c.Id)],
        };
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> signIn, List<IFormFile> photos)
    {
        var tooMany = $"一个活动最多保存 {Activity.MostAttachments} 个文件。";
        var kept = await Evidence.StoreAsync(store, signIn, AttachmentKind.SignIn, Activity.MostAttachments, tooMany, HttpContext.RequestAborted);
        kept.AddRange(await Evidence.StoreAsync(store, photos, AttachmentKind.Photo, Activity.MostAttachments - kept.Count, tooMany, HttpContext.RequestAborted));
        Input.Id = Id;
        Input.Files = kept;
        var id = await mediator.Send(Input);
        TempData["Saved"] = "活动已保存。";
        return RedirectToPage("Details", new { id });
    }

    public Task LoadLookupsAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
