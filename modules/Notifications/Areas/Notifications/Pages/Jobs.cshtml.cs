using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modules.Notifications.Inbox;
using Platform.Modules.Notifications.Jobs;

namespace Platform.Modules.Notifications.Areas.Notifications.Pages;

/// <summary>定时任务 (administrator): each job's schedule, last and next run, last result, "run now"; and e-mails that failed.</summary>
[Authorize(Policy = NotificationsPermissions.Admin)]
public sealed class JobsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<JobView> Jobs { get; private set; } = [];

    public IReadOnlyList<MailProblem> MailProblems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Jobs = await mediator.Send(new ListJobs());
        MailProblems = await mediator.Send(new ListMailProblems());
    }

    public async Task<IActionResult> OnPostRunAsync(string group, string name)
    {
        await mediator.Send(new RunJobNow(group, name));
        var job = (await mediator.Send(new ListJobs())).FirstOrDefault(j => j.Group == group && j.Name == name);
        TempData["Saved"] = $"“{job?.Title ?? name}”已开始运行，稍后刷新查看结果。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAsync(string id)
    {
        await mediator.Send(new RetryMail(id));
        TempData["Saved"] = "已安排重发。";
        return RedirectToPage();
    }
}
