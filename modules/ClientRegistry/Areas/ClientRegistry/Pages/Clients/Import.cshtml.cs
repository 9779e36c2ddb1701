using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

[Authorize(Policy = RegistryPermissions.Register)]
[RequestSizeLimit(50 * 1024 * 1024)]
public sealed class ImportModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? StationId { get; set; }

    public ImportReport? Report { get; private set; }

    public IReadOnlyList<StationSummary>? Stations { get; private set; }

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task OnPostAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        if (Upload is null || Upload.Length == 0 || !Upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("请选择按模板填写的 .xlsx 文件。", "upload");
        }

        await using var stream = Upload.OpenReadStream();
        Report = await mediator.Send(new ImportClients { File = stream, StationId = StationId });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) =>
        Stations = user.SeesAllStations() ? (await mediator.Send(new GetStations(), cancellationToken)).Where(s => s.IsActive).ToList() : null;
}
