using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Api;

/// <summary><c>/api/v1/elderly</c>: elder profiles, care visits, the due list, the overview and the rules.</summary>
internal static class ElderlyApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var elderly = api.RequireAuthorization(ElderlyPermissions.View);
        elderly.MapGet("/elders", (string? stationId, bool? dueOnly, IMediator mediator) => mediator.Send(new ListElders(stationId, dueOnly ?? false)));
        elderly.MapGet("/elders/{clientId}", (string clientId, IMediator mediator) => mediator.Send(new GetElder(clientId)));
        elderly.MapPut("/elders/{clientId}", async (string clientId, SaveElderProfile request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(ElderlyPermissions.Record);
        elderly.MapPost("/elders/{clientId}/visits", async (string clientId, RecordElderVisit request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/elderly/elders/{clientId}", new { id });
        }).RequireAuthorization(ElderlyPermissions.Record);
        elderly.MapPost("/visits/{id}/withdraw", async (string id, Withdrawal request, IMediator mediator) =>
        {
            await mediator.Send(new WithdrawElderVisit(id, request.Reason ?? ""));
            return Results.NoContent();
        });
        elderly.MapGet("/due", (string? stationId, IMediator mediator) => mediator.Send(new ListDueElders(stationId)));
        elderly.MapGet("/overview", (IMediator mediator) => mediator.Send(new GetElderOverview()));
        elderly.MapGet("/rules", (ElderlyRules rules) => rules.Describe());
    }

    internal sealed record Withdrawal(string? Reason);
}
