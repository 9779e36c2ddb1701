using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.ChildWelfare.Children;

namespace Platform.Modules.ChildWelfare.Areas.ChildWelfare.Pages.Children;

/// <summary>Opens or edits a child's file (a station worker).</summary>
[Authorize(Policy = ChildWelfarePermissions.Record)]
public sealed class EditModel(IMediator mediator, ICurrentUser user) : PageModel, IPageWithLookups
{
    [BindProperty(SupportsGet = true)]
    public string ClientId { get; set; } = "";

    [BindProperty]
    public SaveChildFile Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    public IReadOnlyList<StaffMember> Workers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        try
        {
            var c = await mediator.Send(new GetChild(ClientId));
            Input = new SaveChildFile
            {
                WorkerId = c.WorkerId, GuardianName = c.GuardianName, GuardianRelation = c.GuardianRelation, GuardianPhone = c.GuardianPhone, GuardianCapacity = c.GuardianCapacity,
                CaregiverName = c.CaregiverName, CaregiverRelation = c.CaregiverRelation, CaregiverPhone = c.CaregiverPhone,
                Father = c.Father, FatherEvidence = c.FatherEvidence, FatherSince = c.FatherSince, Mother = c.Mother, MotherEvidence = c.MotherEvidence, MotherSince = c.MotherSince,
                Schooling = c.Schooling, Health = c.Health, Disability = c.Disability, ChildDirector = c.ChildDirector, Risk = c.Risk, RiskReasons = c.RiskReasons, IsKeyChild = c.IsKeyChild,
            };
        }
        catch (NotFoundException)
        {
            Input = new SaveChildFile { WorkerId = user.UserId };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ClientId = ClientId;
        await mediator.Send(Input);
        TempData["Saved"] = "儿童档案已保存。";
        return Redirect($"/child-welfare/children/details/{Uri.EscapeDataString(ClientId)}");
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Client = await mediator.Send(new GetClient(ClientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
        Workers = (await mediator.Send(new GetStationWorkers(user.StationId), cancellationToken)).Where(w => w.IsActive).ToList();
    }
}
