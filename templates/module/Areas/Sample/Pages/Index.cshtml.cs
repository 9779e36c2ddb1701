using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Platform.Modules.Sample.Areas.Sample.Pages;

/// <summary>The module's first page: the station's notes.</summary>
[Authorize(Policy = SamplePermissions.View)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<NoteView> Notes { get; private set; } = [];

    public async Task OnGetAsync() => Notes = await mediator.Send(new ListNotes());
}
