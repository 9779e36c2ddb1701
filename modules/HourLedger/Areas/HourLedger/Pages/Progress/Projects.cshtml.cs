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

/// <summary>The service projects (contract periods): the lead reads them, the administrator creates and changes them.</summary>
[Authorize(Policy = LedgerPermissions.Catalogue)]
public sealed class ProjectsModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel, IPageWithLookups
{
    [BindProperty]
    public SaveProject Input { get; set; } = new();

    public IReadOnlyList<ProjectView> Projects { get; private set; } = [];

    public IReadOnlyList<StationSummary> Stations { get; private set; } = [];

    public bool CanEdit => user.IsInRole(Roles.Admin);

    public async Task OnGetAsync(int? id)
    {
        await LoadLookupsAsync(HttpContext.RequestAborted);
        if (Projects.FirstOrDefault(p => p.Id == id) is { } project)
        {
            Input = new SaveProject
            {
                Id = project.Id,
                Name = project.Name,
                StartDate = project.StartDate,
                EndDate = project.EndDate,
                StationIds = [.. project.StationIds],
                AnnualHoursPerWorker = project.AnnualHoursPerWorker,
                MinProfessionalPercent = project.MinProfessionalShare * 100,
            };
        }
        else
        {
            // A new project: the year after the latest, with the same stations.
            var latest = Projects.FirstOrDefault();
            var year = latest is null ? LocalTime.Today(clock).Year : latest.EndDate.Year + 1;
            Input = new SaveProject
            {
                Name = $"{year}年度民政服务站社会工作服务项目",
                StartDate = latest?.EndDate.AddDays(1) ?? new DateOnly(year, 1, 1),
                EndDate = latest?.EndDate.AddYears(1) ?? new DateOnly(year, 12, 31),
                StationIds = [.. latest?.StationIds ?? Stations.Select(s => s.Id)],
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (FieldMessages.Refused(ModelState, typeof(SaveProject), "Input."))
        {
            await LoadLookupsAsync(HttpContext.RequestAborted);
            return Page();
        }

        var id = await mediator.Send(Input);
        TempData["Saved"] = Input.Id is null ? $"已新建“{Input.Name.Trim()}”，指标目录沿用上一个项目，可在指标目录中修改。" : $"已保存“{Input.Name.Trim()}”。";
        return RedirectToPage(new { id });
    }

    public async Task LoadLookupsAsync(CancellationToken cancellationToken)
    {
        Projects = await mediator.Send(new ListProjects(), cancellationToken);
        Stations = await mediator.Send(new GetStations(), cancellationToken);
    }
}
