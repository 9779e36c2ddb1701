using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Resources.Directory;
using Platform.Modules.Resources.Domain;
using Platform.Modules.Resources.Needs;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Api;

/// <summary><c>/api/v1/resources</c>: the directory, the needs waiting for a resource, referrals and their statuses, the figures.</summary>
internal static class ResourcesApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var module = api.RequireAuthorization(ResourcesPermissions.View);
        module.MapGet("/directory", (string? kind, string? stationId, string? q, bool? withInactive, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new PageResources(Named<ResourceKind>(kind, "kind", "资源类型"), stationId, q, withInactive ?? false, sort, dir, page ?? 1, pageSize ?? 20)));
        module.MapGet("/directory/{id}", (string id, IMediator mediator) => mediator.Send(new GetResource(id)));
        module.MapPost("/directory", async (SaveResource request, IMediator mediator) =>
        {
            request.Id = null;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/resources/directory/{id}", new { id });
        }).RequireAuthorization(ResourcesPermissions.Directory);
        module.MapPut("/directory/{id}", async (string id, SaveResource request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(ResourcesPermissions.Directory);

        module.MapGet("/needs", (string? stationId, string? clientId, bool? all, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new PageNeeds(stationId, clientId, all ?? false, page ?? 1, pageSize ?? 20)));
        module.MapGet("/needs/{id:long}", (long id, IMediator mediator) => mediator.Send(new GetNeed(id)));
        module.MapPost("/needs/{id:long}/dismiss", async (long id, DismissNeed request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(ResourcesPermissions.Dismiss);

        module.MapGet("/referrals", (string? stationId, string? status, string? clientId, string? q, bool? openOnly, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new PageReferrals(stationId, Named<ReferralStatus>(status, "status", "转介状态"), clientId, q, openOnly ?? false, sort, dir, page ?? 1, pageSize ?? 20)));
        module.MapGet("/referrals/{id}", (string id, IMediator mediator) => mediator.Send(new GetReferral(id)));
        module.MapPost("/referrals", async (MakeReferral request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/resources/referrals/{id}", new { id });
        }).RequireAuthorization(ResourcesPermissions.Refer);
        module.MapPost("/referrals/{id}/status", async (string id, AdvanceReferral request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(ResourcesPermissions.Follow);

        module.MapGet("/figures", (int? year, IMediator mediator) => mediator.Send(new GetReferralFigures(year)));
    }

    /// <summary>An enum from a query string by its name only (never a number), or a 400 in Chinese naming the field.</summary>
    private static TEnum? Named<TEnum>(string? value, string field, string what) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<TEnum>(name)
            : throw new Platform.Contracts.BusinessRuleException($"没有“{(value.Length > 20 ? value[..20] : value)}”这种{what}。", field);
    }
}
