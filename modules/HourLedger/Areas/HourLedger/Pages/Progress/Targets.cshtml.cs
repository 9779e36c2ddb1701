using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages.Progress;

/// <summary>
/// A station's targets per indicator and per worker. An empty box is the even split (shown greyed); a number set by
/// the lead replaces it. The whole sheet is saved at once.
/// </summary>
[Authorize(Policy = LedgerPermissions.Catalogue)]
public sealed class TargetsModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? ProjectId { get; set; }

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public TargetSheet? Sheet { get; private set; }

    public bool CanEdit => user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);

    public Task OnGetAsync() => LoadLookupsAsync(HttpContext.RequestAborted);

    /// <summary>The form's boxes are named <c>t:{code}:{workerId or empty}</c>.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var targets = new List<TargetValue>();
        foreach (var (name, value) in Request.Form.Where(f => f.Key.StartsWith("t:", StringComparison.Ordinal)))
        {
            var parts = name.Split(':', 3);
            var text = value.ToString().Trim();
            decimal? quantity = null;
            if (text.Length > 0)
            {
                quantity = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var q)
                    ? q
                    : throw new BusinessRuleException($"“{text}”不是数字：目标数量请填整数，或留空按平均分配。", "targets");
            }

            targets.Add(new TargetValue(parts[1], parts[2].Length == 0 ? null : parts[2], quantity));
        }

        await mediator.Send(new SetTargets { StationId = StationId ?? "", ProjectId = ProjectId, Targets = targets });

        // Saved, but not as if all were well when what was set by hand does not add up.
        var mismatches = (await mediator.Send(new GetTargets(StationId ?? "", ProjectId))).Rows.Count(r => r.Warning is not null);
        TempData["Saved"] = mismatches == 0 ? "目标已保存。留空的格子按平均分配。" : $"目标已保存，但有 {mismatches} 项手工设定的目标合计对不上，已在表中标出，请核对。";
        return RedirectToPage(new { StationId, ProjectId });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Stations = await mediator.Send(new GetStations(), cancellationToken);
        StationId ??= user.StationId ?? Stations.FirstOrDefault()?.Id;
        if (StationId is not null)
        {
            Sheet = await mediator.Send(new GetTargets(StationId, ProjectId), cancellationToken);
        }
    }
}
