using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Volunteers.People;

namespace Platform.Modules.Volunteers.Areas.Volunteers.Pages.People;

/// <summary>Registers a volunteer, or corrects and checks one (a person who joined by scanning is checked here).</summary>
[Authorize(Policy = VolunteerPermissions.Record)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty]
    public RegisterVolunteer Input { get; set; } = new() { Consent = true };

    public VolunteerView? Existing { get; private set; }

    public async Task OnGetAsync()
    {
        if (Id is not null)
        {
            Existing = await mediator.Send(new GetVolunteer(Id));
            Input = new RegisterVolunteer { Name = Existing.Name, DocumentType = Existing.DocumentType, NationalNumber = Existing.NationalNumber, Skills = Existing.Skills, Availability = Existing.Availability, Consent = Existing.Consent };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Id is null)
        {
            var registered = await mediator.Send(Input);
            TempData["Saved"] = registered.Existing ? "此人已登记过志愿者（同一人只登记一次），已加入本站点的志愿者。" : "志愿者已登记。";
            return Redirect($"/volunteers/people/details/{registered.Id}");
        }

        await mediator.Send(new UpdateVolunteer
        {
            Id = Id, Name = Input.Name, DocumentType = Input.DocumentType, DocumentNumber = Input.DocumentNumber, Phone = Input.Phone,
            NationalNumber = Input.NationalNumber, Skills = Input.Skills, Availability = Input.Availability, Consent = Input.Consent,
        });
        TempData["Saved"] = "志愿者信息已保存并核对。";
        return Redirect($"/volunteers/people/details/{Id}");
    }
}
