using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Web;
using Platform.Modules.SocialWork.Groups;

namespace Platform.Modules.SocialWork.Areas.SocialWork.Pages.Groups;

/// <summary>One group: members (clients found by name, or residents), sessions with attendance, the summary that completes it, withdrawal.</summary>
/// <remarks>The three forms bind their own request; each is validated when sent (not when another form posts).</remarks>
[Authorize(Policy = SocialWorkPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>A name to find registered clients to add.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    [ValidateNever]
    public RecordGroupSession Session { get; set; } = new();

    [BindProperty]
    [ValidateNever]
    public CompleteGroup Completion { get; set; } = new();

    [BindProperty]
    [ValidateNever]
    public WithdrawGroup Withdraw { get; set; } = new();

    public GroupView Group { get; private set; } = null!;

    public IReadOnlyList<ClientSummary> Found { get; private set; } = [];

    public bool CanChange => !Group.IsWithdrawn && !Group.IsCompleted && Group.WorkerId == user.UserId;

    public bool CanWithdraw => !Group.IsWithdrawn && user.MayActFor(Group.WorkerId);

    public async Task OnGetAsync()
    {
        Session.Date = LocalTime.Today(clock);
        await LoadLookupsAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostMembersAsync(List<string> clientIds, string? residents)
    {
        var members = clientIds.Select(id => new NewMember(id, null))
            .Concat((residents ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name => new NewMember(null, name)))
            .ToList();
        var count = await mediator.Send(new AddGroupMembers(Id, members));
        TempData["Saved"] = $"组员已添加，现有 {count} 人。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostSessionAsync()
    {
        Session.Id = Id;
        var result = await mediator.Send(Session);
        TempData["Saved"] = result.Reason is null ? $"第 {result.Number} 节已登记，出勤率 {result.AttendanceRate:P0}，计入合格活动。" : $"第 {result.Number} 节已登记：{result.Reason}。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        Completion.Id = Id;
        await mediator.Send(Completion);
        TempData["Saved"] = "小组已结束，合格活动的时长已计入。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostWithdrawAsync()
    {
        Withdraw.Id = Id;
        await mediator.Send(Withdraw);
        TempData["Saved"] = "小组已撤回。";
        return RedirectToPage(new { Id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Group = await mediator.Send(new GetGroup(Id), cancellationToken);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Found = await mediator.Send(new FindClients(Q.Trim(), 10), cancellationToken);
        }
    }
}
