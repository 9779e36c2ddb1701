using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Directory;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Areas.Resources.Pages;

/// <summary>One entry of the directory: read by everyone who sees it (the phone whole), added or changed by those who keep it.</summary>
[Authorize(Policy = ResourcesPermissions.View)]
public sealed class EditModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public SaveResource Input { get; set; } = new();

    public ResourceView? Existing { get; private set; }

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    /// <summary>Whether the caller keeps this entry (their station's, or any for those who see every station); the save is still checked centrally.</summary>
    public bool MayEdit => !user.IsReadOnly() && (Existing is null ? true : user.SeesAllStations() || Existing.StationId == user.StationId);

    public bool ChoosesStation => Existing is null && user.StationId is null && user.SeesAllStations();

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        if (Existing is { } r)
        {
            Input = new SaveResource
            {
                Kind = r.Kind, Name = r.Name, Offers = r.Offers, ForWhom = r.ForWhom, Conditions = r.Conditions, ContactPerson = r.ContactPerson, ContactPhone = r.ContactPhone, IsActive = r.IsActive, Version = r.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.Id = string.IsNullOrEmpty(Id) ? null : Id;
        await mediator.Send(Input);
        TempData["Saved"] = Input.Id is null ? "资源已加入目录。" : "资源已保存。";
        return Redirect("/resources");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Existing = string.IsNullOrEmpty(Id) ? null : await mediator.Send(new GetResource(Id), cancellationToken);
        Stations = await mediator.Send(new GetStations(), cancellationToken);
    }

    public string Scope(string stationId) => stationId == Resource.District ? "全区（各站共用）" : Stations.FirstOrDefault(s => s.Id == stationId)?.Name ?? stationId;
}
