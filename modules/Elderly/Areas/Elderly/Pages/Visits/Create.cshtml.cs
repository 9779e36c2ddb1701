using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;
using Platform.Modules.Elderly.Domain;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Areas.Elderly.Pages.Visits;

/// <summary>An elder's care visit on a phone: when, how, what was found, and whether it is urgent.</summary>
[Authorize(Policy = ElderlyPermissions.Record)]
public sealed class CreateModel(IMediator mediator, Platform.Modularity.Files.IUploadStore store, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public RecordElderVisit Input { get; set; } = new();

    public ElderView Elder { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        Input = new RecordElderVisit { Kind = ElderVisitKind.Home, VisitedAt = LocalTime.Of(clock.GetUtcNow()) };
    }

    public async Task<IActionResult> OnPostAsync(List<Microsoft.AspNetCore.Http.IFormFile> photos)
    {
        Input.ClientId = ClientId;
        var chosen = photos.Where(p => p.Length > 0).ToList();
        if (chosen.Count > ElderVisit.MostPhotos)
        {
            throw new BusinessRuleException($"一次探访最多上传 {ElderVisit.MostPhotos} 张照片。", "photos");
        }

        // Each photo is checked (type by content, size) and kept before the visit is saved: a bad photo leaves no visit.
        foreach (var photo in chosen)
        {
            await using var content = photo.OpenReadStream();
            Input.Photos.Add(await store.SaveAsync("elderly", Platform.Modularity.Files.UploadKind.Photo, content, photo.FileName, HttpContext.RequestAborted));
        }

        if (Input.VisitedAt is { } at)
        {
            Input.VisitedAt = new DateTimeOffset(at.DateTime, LocalTime.Offset);
        }

        await mediator.Send(Input);
        TempData["Saved"] = "探访已保存。";
        return Redirect($"/elderly/elders/details/{Uri.EscapeDataString(ClientId)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Elder = await mediator.Send(new GetElder(ClientId), cancellationToken);
}
