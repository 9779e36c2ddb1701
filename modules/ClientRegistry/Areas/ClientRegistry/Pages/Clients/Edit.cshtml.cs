using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Clients;

[Authorize(Policy = RegistryPermissions.Register)]
public sealed class EditModel(IMediator mediator) : PageModel, IClientForm
{
    [BindProperty]
    public UpdateClient Input { get; set; } = new();

    ClientInput IClientForm.Input => Input;

    public async Task OnGetAsync(string id)
    {
        var c = await mediator.Send(new GetClientDetails(id));
        Input = new UpdateClient
        {
            Id = c.Id,
            Name = c.Name,
            IdNumber = c.IdNumber,
            NoIdReason = c.NoIdReason,
            Sex = c.Sex,
            BirthDate = c.BirthDate,
            Ethnicity = c.Ethnicity,
            Phone = c.Phone,
            RegisteredAddress = c.RegisteredAddress,
            Address = c.Address,
            Village = c.Village,
            Categories = c.Categories.Where(p => p.IsCurrent).Select(p => p.Code).ToList(),
        };
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        Input.Id = id;
        await mediator.Send(Input);
        TempData["Saved"] = "服务对象信息已保存。";
        return RedirectToPage("Details", new { id });
    }
}
