using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Sample.Files;

namespace Platform.Modules.Sample.Areas.Sample.Pages;

/// <summary>The module's first page: the open files the caller may see, with each one's last visit.</summary>
[Authorize(Policy = SamplePermissions.View)]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<SampleFileLine> Files { get; private set; } = [];

    public async Task OnGetAsync() => Files = await mediator.Send(new ListSampleFiles());
}
