using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Clients;

namespace Platform.Modules.ClientRegistry.Api;

/// <summary><c>/api/v1/registry</c>: categories and clients; the same requests the pages send.</summary>
internal static class RegistryApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/categories", () => ClientCategories.All);

        var clients = api.MapGroup("/clients").RequireAuthorization(RegistryPermissions.View);
        clients.MapGet("/", (string? q, string? category, string? village, int? page, int? pageSize, string? sort, IMediator mediator) =>
            mediator.Send(new SearchClients(q, category, village, page ?? 1, pageSize ?? 20, sort)));
        clients.MapGet("/{id}", (string id, IMediator mediator) => mediator.Send(new GetClientDetails(id)));
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
