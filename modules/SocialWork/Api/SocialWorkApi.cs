using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Api;

/// <summary><c>/api/v1/socialwork</c>: outreach visits.</summary>
internal static class SocialWorkApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var socialWork = api.RequireAuthorization(SocialWorkPermissions.View);
        socialWork.MapPost("/visits", async (RecordVisit request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/socialwork/visits/{id}", new { id });
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapGet("/visits", (string? clientId, string? workerId, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new ListVisits(clientId, workerId, from, to, page ?? 1, pageSize ?? 30)));
        socialWork.MapGet("/visits/{id}", (string id, IMediator mediator) => mediator.Send(new GetVisit(id)));
        // Multipart posts can be sent across sites without a preflight, so the API takes photos from bearer tokens only;
        // the visit page, with its antiforgery token, serves the browser.
        socialWork.MapPost("/visits/{id}/photos", async (string id, IFormFileCollection photos, IMediator mediator, CancellationToken cancellationToken) =>
            {
                var count = await mediator.Send(new AddVisitPhotos(id, photos), cancellationToken);
                return Results.Created($"/api/v1/socialwork/visits/{id}/photos/{count}", new { count });
            })
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { Policy = SocialWorkPermissions.Record, AuthenticationSchemes = BearerTokenDefaults.AuthenticationScheme });
        socialWork.MapGet("/visits/{id}/photos/{number:int}", async (string id, int number, bool? original, IMediator mediator) =>
        {
            var photo = await mediator.Send(new GetVisitPhoto(id, number, original ?? false));
            return Results.Stream(photo.Content, photo.ContentType);
        });
        socialWork.MapPost("/visits/{id}/withdraw", async (string id, WithdrawVisit request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
    }
}
