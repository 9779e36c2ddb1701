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
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel, IPageWithLookups
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

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
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
        return Redirect($"/child-welfare/children/details/{Uri.EscapeDataString(ClientId)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken) => Child = await mediator.Send(new GetChild(ClientId), cancellationToken);
}
