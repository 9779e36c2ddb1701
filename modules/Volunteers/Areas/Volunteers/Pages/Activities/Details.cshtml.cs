using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.People;
using QRCoder;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Activities;

/// <summary>
/// One activity: its QR code for the phones (while it is open), the sign-in sheet with open sign-ins flagged, the
/// worker's ticks and corrections, and closing (which credits the hours).
/// </summary>
[Authorize(Policy = VolunteerPermissions.View)]
public sealed class DetailsModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public ActivityView Activity { get; private set; } = null!;

    public ScanCode? Code { get; private set; }

    public IReadOnlyList<VolunteerLine> Volunteers { get; private set; } = [];

    public bool MayRecord { get; private set; }

    public bool IsWorker => user.IsInRole(Roles.Worker);

    public string ScanUrl(ScanCode code) => $"{Request.Scheme}://{Request.Host}{code.Path}";

    public async Task OnGetAsync() => await LoadLookupsAsync(HttpContext.RequestAborted);

    /// <summary>The QR code as SVG, drawn here (no script, no third party).</summary>
    public async Task<IActionResult> OnGetQrAsync()
    {
        var code = await mediator.Send(new GetScanCode(Id));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(ScanUrl(code), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(6);
        Response.Headers.CacheControl = "no-store";
        return Content(svg, "image/svg+xml");
    }

    public async Task<IActionResult> OnPostMarkAsync(string volunteerId, ScanAction action)
    {
        await mediator.Send(new MarkAttendance { ActivityId = Id, VolunteerId = volunteerId ?? "", Action = action });
        TempData["Saved"] = action == ScanAction.In ? "已代为签到。" : "已代为签退。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostCorrectAsync(string attendanceId, DateOnly? day, TimeOnly? signedIn, TimeOnly? signedOut, string? reason)
    {
        if (day is null || signedIn is null)
        {
            throw new BusinessRuleException("请填写签到时间。", "signedInAt");
        }

        await mediator.Send(new CorrectAttendance
        {
            ActivityId = Id,
            AttendanceId = attendanceId ?? "",
            SignedInAt = new DateTimeOffset(day.Value.ToDateTime(signedIn.Value), LocalTime.Offset),
            SignedOutAt = signedOut is { } o ? new DateTimeOffset(day.Value.ToDateTime(o), LocalTime.Offset) : null,
            Reason = reason ?? "",
        });
        TempData["Saved"] = "时间已更正。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostCloseAsync()
    {
        await mediator.Send(new CloseActivity(Id));
        TempData["Saved"] = "已结束登记，时长已计入您的“链接志愿服务”。";
        return RedirectToPage(new { Id });
    }

    public async Task<IActionResult> OnPostRenewAsync()
    {
        await mediator.Send(new RenewScanCode(Id));
        TempData["Saved"] = "已更换二维码，旧的二维码不能再用。";
        return RedirectToPage(new { Id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Activity = await mediator.Send(new GetActivity(Id), cancellationToken);
        MayRecord = user.CanChangeStation(Activity.StationId) && user.MayActFor(Activity.WorkerId) && (user.IsInRole(Roles.Worker) || user.IsInRole(Roles.Lead));
        if (MayRecord && Activity.State == Domain.ActivityState.Open)
        {
            Code = user.IsInRole(Roles.Worker) ? await mediator.Send(new GetScanCode(Id), cancellationToken) : null;
            Volunteers = (await mediator.Send(new ListVolunteers(PageSize: 100), cancellationToken)).Rows.Items;
        }
    }
}
