using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Alerts;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Alerts;

/// <summary>The lead (or the administrator) imports the monitoring platform's alert list and sees each row's outcome; the imports so far and the rows no client matched (the bureau reads them through the API, masked).</summary>
[Authorize(Policy = SocialAssistancePermissions.ImportAlerts)]
[RequestSizeLimit(50 * 1024 * 1024)]
public sealed class ImportModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    /// <summary>Rows of the report shown on the page; the API returns them all.</summary>
    public const int ShownRows = 1000;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int UnmatchedPage { get; set; } = 1;

    public AlertImportReport? Report { get; private set; }

    public IReadOnlyList<AlertImportLine> Imports { get; private set; } = [];

    public Paged<UnmatchedLine> Unmatched { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public bool MayImport => user.IsLeadOrAdmin();

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    public async Task OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0 || !Upload.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            throw new BusinessRuleException("请选择监测平台导出的 .xlsx 预警名单。", "upload");
        }

        await using var stream = Upload.OpenReadStream();
        Report = await mediator.Send(new ImportAlerts { File = stream, FileName = Upload.FileName });
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Imports = await mediator.Send(new ListAlertImports(), cancellationToken);
        Unmatched = await mediator.Send(new PageUnmatchedAlerts(null, UnmatchedPage, ListPager.DefaultPageSize), cancellationToken);
    }
}
