using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Staff.Auditing;
using Platform.Modularity.Data;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Audit;

[Authorize(Policy = StaffPermissions.ViewAudit)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    internal Paged<AuditRow> Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync() => Result = await mediator.Send(new SearchAudit(UserName, Action, From, To, PageNumber));

    /// <summary>导出 Excel: the rows the search finds, with names and words.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken) =>
        File(await mediator.Send(new ExportAudit(UserName, Action, From, To), cancellationToken), Xlsx, $"审计日志-{DateTime.UtcNow.AddHours(8):yyyyMMdd}.xlsx");

    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
