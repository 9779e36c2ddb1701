using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.ChildWelfare.Children;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Areas.ChildWelfare.Pages.Visits;

/// <summary>关爱探视 on a phone: when, how, what was seen, and — if the child is in danger — the mandatory report.</summary>
[Authorize(Policy = ChildWelfarePermissions.Record)]
public sealed class CreateModel(IMediator mediator, Platform.Modularity.Files.IUploadStore store, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public RecordCareVisit Input { get; set; } = new();

    [BindProperty]
    public List<string> ReportedTo { get; set; } = [];

    [BindProperty]
    public DateTime? ReportedAt { get; set; }

    [BindProperty]
    public string? ReportReference { get; set; }

    public ChildView Child { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new RecordCareVisit { Kind = ChildVisitKind.Home, VisitedAt = LocalTime.Of(clock.GetUtcNow()) };
    }

    public async Task<IActionResult> OnPostAsync(List<Microsoft.AspNetCore.Http.IFormFile> photos)
    {
        Input.ClientId = ClientId;
        var chosen = photos.Where(p => p.Length > 0).ToList();
        if (chosen.Count > CareVisit.MostPhotos)
        {
            throw new BusinessRuleException($"一次探视最多上传 {CareVisit.MostPhotos} 张照片。", "photos");
        }

        // Each photo is checked (type by content, size) and kept before the visit is saved: a bad photo leaves no visit.
        foreach (var photo in chosen)
        {
            await using var content = photo.OpenReadStream();
            Input.Photos.Add(await store.SaveAsync("child-welfare", Platform.Modularity.Files.UploadKind.Photo, content, photo.FileName, HttpContext.RequestAborted));
        }

        if (Input.VisitedAt is { } at)
        {
            // The form's local time is China time.
            Input.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        if (Input.ChildInDanger)
        {
            Input.Report = new DangerReport(ReportedTo, ReportedAt is { } r ? new DateTimeOffset(r, LocalTime.Offset) : null, ReportReference);
        }

        await mediator.Send(Input);
        TempData["Saved"] = "探视已保存。";
        return Redirect($"/child-welfare/children/details/{Uri.EscapeDataString(ClientId)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Child = await mediator.Send(new GetChild(ClientId), cancellationToken);
}
