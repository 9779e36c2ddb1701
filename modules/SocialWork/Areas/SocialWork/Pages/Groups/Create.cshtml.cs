using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Groups;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Groups;

/// <summary>Starts a group with its plan (小组计划书): name, who it is for, aims and method, the 6 sessions planned, and residents as first members.</summary>
[Authorize(Policy = SocialWorkPermissions.Record)]
public sealed class CreateModel(IMediator mediator) : PageModel, IPageWithLookups
{
    [BindProperty]
    public StartGroup Input { get; set; } = new();

    /// <summary>The planned sessions, one a line.</summary>
    [BindProperty]
    public string? Sessions { get; set; }

    /// <summary>Residents joining by name, one a line (registered clients are added on the group's page).</summary>
    [BindProperty]
    public string? Residents { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.PlannedSessions = Lines(Sessions);
        Input.Members = [.. Lines(Residents).Select(name => new NewMember(null, name))];
        var id = await mediator.Send(Input);
        TempData["Saved"] = "小组已开设。";
        return RedirectToPage("Details", new { id });
    }

    public Task LoadLookupsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
