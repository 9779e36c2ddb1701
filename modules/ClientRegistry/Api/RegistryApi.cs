using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Api;

/// <summary>A need as the API takes it.</summary>
internal sealed record NeedInput(string? Kind, string? Description, NeedPriority? Priority);

/// <summary><c>/api/v1/registry</c>: categories and clients; the same requests the pages send.</summary>
internal static class RegistryApi
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/categories", () => ClientCategories.All);

        var clients = api.MapGroup("/clients").RequireAuthorization(RegistryPermissions.View);
        api.MapGet("/need-kinds", () => NeedKinds.All);
        clients.MapGet("/", (string? q, string? category, string? village, string? need, int? page, int? pageSize, string? sort, string? dir, string? stationId, IMediator mediator) =>
            mediator.Send(new SearchClients(q, category, village, page ?? 1, pageSize ?? 20, sort, need) { Dir = dir, StationId = stationId }));
        clients.MapGet("/export", async (string? q, string? category, string? village, string? need, string? sort, string? dir, string? stationId, IMediator mediator) =>
            Results.File(await mediator.Send(new ExportClients(q, category, village, need) { StationId = stationId, Sort = sort, Dir = dir }), Xlsx, "服务对象名单.xlsx"));
        clients.MapGet("/template", async (CancellationToken cancellationToken) =>
            Results.File(await ExportClients.TemplateAsync(cancellationToken), Xlsx, "服务对象名单模板.xlsx"));

        // Multipart posts can be sent across sites without a preflight, so the API takes imports from bearer tokens only;
        // the import page, with its antiforgery token, serves the browser.
        clients.MapPost("/import", async (IFormFile file, [FromForm] string? stationId, IMediator mediator) =>
            {
                await using var stream = file.OpenReadStream();
                return await mediator.Send(new ImportClients { File = stream, StationId = stationId });
            })
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { Policy = RegistryPermissions.Register, AuthenticationSchemes = BearerTokenDefaults.AuthenticationScheme });
        clients.MapGet("/{id}", (string id, IMediator mediator) => mediator.Send(new GetClientDetails(id)));
        clients.MapGet("/{id}/timeline", (string id, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new GetClientTimeline(id, page ?? 1, pageSize ?? 30)));
        clients.MapGet("/{id}/household", async (string id, IMediator mediator) =>
            await mediator.Send(new GetHousehold(id)) is { } household ? Results.Ok(household) : Results.Ok(new HouseholdView("", [])));
        clients.MapPut("/{id}/archive", async (string id, UpdateClientArchive request, IMediator mediator) =>
            {
                request.Id = id;
                return await mediator.Send(request);
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPost("/{id}/needs", async (string id, NeedInput request, IMediator mediator) =>
            {
                var needId = await mediator.Send(new AddClientNeed(id, request.Kind ?? "", request.Description ?? "", request.Priority ?? NeedPriority.Medium));
                return Results.Created($"/api/v1/registry/clients/{id}", new { id = needId });
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPut("/{id}/needs/{needId:long}", async (string id, long needId, UpdateClientNeed request, IMediator mediator) =>
            {
                request.ClientId = id;
                request.NeedId = needId;
                await mediator.Send(request);
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPost("/{id}/household", async (string id, AddHouseholdMember request, IMediator mediator) =>
            {
                request.ClientId = id;
                return Results.Created($"/api/v1/registry/clients/{id}/household", new { id = await mediator.Send(request) });
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapDelete("/{id}/household/{memberId:long}", async (string id, long memberId, IMediator mediator) =>
            {
                await mediator.Send(new RemoveHouseholdMember(id, memberId));
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPost("/{id}/transfer", async (string id, TransferClient request, IMediator mediator) =>
            {
                request.Id = id;
                await mediator.Send(request);
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPost("/{id}/archive", async (string id, ArchiveClient request, IMediator mediator) =>
            {
                request.Id = id;
                await mediator.Send(request);
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPost("/{id}/restore", async (string id, IMediator mediator) =>
            {
                await mediator.Send(new RestoreClient(id));
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapDelete("/{id}", async (string id, string? reason, IMediator mediator) =>
            {
                await mediator.Send(new DeleteClient { Id = id, Reason = reason ?? "" });
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPost("/", async (RegisterClient request, IMediator mediator) =>
            {
                var id = await mediator.Send(request);
                return Results.Created($"/api/v1/registry/clients/{id}", new { id });
            })
            .RequireAuthorization(RegistryPermissions.Register);
        clients.MapPut("/{id}", async (string id, UpdateClient request, IMediator mediator) =>
            {
                request.Id = id;
                await mediator.Send(request);
                return Results.NoContent();
            })
            .RequireAuthorization(RegistryPermissions.Register);
    }
}
