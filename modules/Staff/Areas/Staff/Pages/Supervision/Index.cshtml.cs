using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Compliance;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Supervision;

/// <summary>督导: the sessions, newest first (a worker sees those they attended).</summary>
[Authorize(Policy = StaffPermissions.ViewCompliance)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public IReadOnlyList<SupervisionSummary> Sessions { get; private set; } = [];

    public bool CanManage => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);

    public async Task OnGetAsync() => Sessions = await mediator.Send(new ListSupervision());
}
