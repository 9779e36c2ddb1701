using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Web;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

/// <summary>Fills the physiological, psychological and social sections of the archive.</summary>
[Authorize(Policy = RegistryPermissions.Register)]
public sealed class SectionsModel(IMediator mediator) : PageModel, IPageWithLookups
{
    [BindProperty]
    public UpdateClientArchive Input { get; set; } = new();

    public string ClientName { get; private set; } = "";

    public IReadOnlyList<string> Missing { get; private set; } = [];

    public async Task OnGetAsync(string id)
    {
        var c = await mediator.Send(new GetClientArchive(id));
        ClientName = c.Name;
        Missing = c.Archive.Missing;
        var p = c.Profile;
        Input = new UpdateClientArchive
        {
            Id = c.Id,
            Health = p.Health,
            ChronicIllness = p.ChronicIllness,
            Disability = p.Disability,
            SelfCare = p.SelfCare,
            Psychological = p.Psychological,
            FamilyStructure = p.FamilyStructure,
            Guardian = p.Guardian,
            IncomeSources = p.IncomeSources,
            Housing = p.Housing,
            SupportNetwork = p.SupportNetwork,
        };
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        var c = await mediator.Send(new GetClientArchive(Input.Id), cancellationToken);
        ClientName = c.Name;
        Missing = c.Archive.Missing;
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Input.Id = id;
        await mediator.Send(Input);
        TempData["Saved"] = "档案已保存。";
        return RedirectToPage("Details", new { id });
    }
}
