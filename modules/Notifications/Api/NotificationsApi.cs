using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Notifications.Digest;
using Platform.Modules.Notifications.Inbox;
using Platform.Modules.Notifications.Jobs;

namespace Platform.Modules.Notifications.Api;

/// <summary><c>/api/v1/notifications</c>: my inbox, my settings, my work due; the jobs for the administrator.</summary>
internal static class NotificationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/", (bool? unreadOnly, int? page, int? pageSize, IMediator mediator) => mediator.Send(new ListMyNotices(unreadOnly ?? false, page ?? 1, pageSize ?? 50)));
        api.MapPost("/{id}/read", async (string id, IMediator mediator) =>
        {
            await mediator.Send(new MarkRead(id));
            return Results.NoContent();
        });
        api.MapPost("/read-all", async (IMediator mediator) => new { marked = await mediator.Send(new MarkAllRead()) });
        api.MapGet("/due", (IMediator mediator) => mediator.Send(new ListMyDueItems())).RequireAuthorization(NotificationsPermissions.Due);
        api.MapGet("/settings", (IMediator mediator) => mediator.Send(new GetMyDelivery()));
        api.MapPut("/settings", async (SaveMyDelivery request, IMediator mediator) =>
        {
            await mediator.Send(request);
            return Results.NoContent();
        });

        var admin = api.MapGroup("").RequireAuthorization(NotificationsPermissions.Admin);
        admin.MapGet("/jobs", (IMediator mediator) => mediator.Send(new ListJobs()));
        admin.MapGet("/jobs/{group}/{name}/runs", (string group, string name, IMediator mediator) => mediator.Send(new ListJobRuns(group, name)));
        admin.MapPost("/jobs/{group}/{name}/run", async (string group, string name, IMediator mediator) =>
        {
            await mediator.Send(new RunJobNow(group, name));
            return Results.Accepted();
        });
        admin.MapGet("/mail-problems", (IMediator mediator) => mediator.Send(new ListMailProblems()));
        admin.MapPost("/mail-problems/{id}/retry", async (string id, IMediator mediator) =>
        {
            await mediator.Send(new RetryMail(id));
            return Results.NoContent();
        });
    }
}
