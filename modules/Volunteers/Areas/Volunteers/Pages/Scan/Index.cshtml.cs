using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modules.Volunteers.Activities;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.Scan;

/// <summary>
/// The page a volunteer's phone opens from the QR code: no account, name and last four characters, 签到 or 签退. The
/// token in the address is the authority; the limiter stops floods and guessing.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IMediator mediator, ScanLimiter limiter) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string ActivityId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    [BindProperty]
    public ScanSignIn Input { get; set; } = new();

    public ScanPage? Activity { get; private set; }

    public ScanResult? Result { get; private set; }

    public string? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Activity = await TryReadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Activity = await TryReadAsync();
        if (Activity is null)
        {
            return Page();
        }

        if (!limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString(), ActivityId, Input.Name))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Refused = ScanLimiter.Refusal;
            return Page();
        }

        Input.ActivityId = ActivityId;
        Input.Token = Token ?? "";
        try
        {
            Result = await mediator.Send(Input);
        }
        catch (InputValidationException invalid)
        {
            foreach (var (field, messages) in invalid.Errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
                }
            }
        }
        catch (BusinessRuleException refused)
        {
            ModelState.AddModelError("", refused.Message);
        }

        return Page();
    }

    private async Task<ScanPage?> TryReadAsync()
    {
        try
        {
            return await mediator.Send(new ReadScanPage(ActivityId, Token));
        }
        catch (NotFoundException missing)
        {
            Refused = missing.Message;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return null;
        }
    }
}
