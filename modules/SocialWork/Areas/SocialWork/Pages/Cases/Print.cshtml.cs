using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.SocialWork.Cases;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Cases;

/// <summary>A case's documents as forms to print: one bordered table a document, the heading and signature lines of the usual layout.</summary>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class PrintModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public CaseView Case { get; private set; } = null!;

    public async Task OnGetAsync() => Case = await mediator.Send(new GetCase(Id));
}
