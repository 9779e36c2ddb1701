using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.ChildWelfare.Children;

namespace Platform.Modules.ChildWelfare.Api;

/// <summary><c>/api/v1/child-welfare</c>: children's files, care visits, the due list, the overview and the rules.</summary>
internal static class ChildWelfareApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var children = api.RequireAuthorization(ChildWelfarePermissions.View);
        children.MapGet("/children", (string? stationId, bool? keyOnly, IMediator mediator) => mediator.Send(new ListChildren(stationId, keyOnly ?? false)));
        children.MapGet("/children/{clientId}", (string clientId, IMediator mediator) => mediator.Send(new GetChild(clientId)));
        children.MapPut("/children/{clientId}", async (string clientId, SaveChildFile request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(ChildWelfarePermissions.Record);
        children.MapPost("/children/{clientId}/visits", async (string clientId, RecordCareVisit request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/child-welfare/children/{clientId}", new { id });
        }).RequireAuthorization(ChildWelfarePermissions.Record);
        children.MapPost("/visits/{id}/withdraw", async (string id, Withdrawal request, IMediator mediator) =>
        {
            await mediator.Send(new WithdrawCareVisit(id, request.Reason ?? ""));
            return Results.NoContent();
        });
        children.MapGet("/due", (string? stationId, IMediator mediator) => mediator.Send(new ListDueChildren(stationId)));
        children.MapGet("/overview", (IMediator mediator) => mediator.Send(new GetChildOverview()));
        children.MapGet("/rules", (ChildWelfareRules rules) => rules.Describe());
    }

    internal sealed record Withdrawal(string? Reason);
}
