using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Volunteers.Exports;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Exports;

/// <summary>The export for the national system: a period (or one activity), rows not exported before unless asked again.</summary>
[Authorize(Policy = VolunteerPermissions.Export)]
public sealed class IndexModel(IMediator mediator, VolunteerRules rules) : PageModel
{
    public VolunteerRules Rules => rules;

    public IReadOnlyList<ExportLine> History { get; private set; } = [];

    public async Task OnGetAsync() => History = await mediator.Send(new ListExports());

    public async Task<IActionResult> OnPostDownloadAsync(DateOnly? from, DateOnly? to, string? activityId, bool again)
    {
        var file = await mediator.Send(new ExportServiceRows(from, to, string.IsNullOrWhiteSpace(activityId) ? null : activityId, again));
        Response.Headers["X-Rows"] = file.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName);
    }
}
