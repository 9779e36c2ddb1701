using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.SocialWork.Activities;
using Platform.Modules.SocialWork.Cases;
using Platform.Modules.SocialWork.Domain;
using Platform.Modules.SocialWork.Groups;
using Platform.Modules.SocialWork.Visits;

namespace Platform.Modules.SocialWork.Api;

/// <summary><c>/api/v1/socialwork</c>: outreach visits, cases, groups and community activities.</summary>
internal static class SocialWorkApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var socialWork = api.RequireAuthorization(SocialWorkPermissions.View);
        MapVisits(socialWork);
        MapActivities(socialWork);
        MapGroups(socialWork);
        MapCases(socialWork);
        socialWork.MapGet("/pending", (string? workerId, string? stationId, IMediator mediator) => mediator.Send(new ListPending(workerId, stationId)));
    }

    private static void MapVisits(RouteGroupBuilder socialWork)
    {
        socialWork.MapPost("/visits", async (RecordVisit request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/socialwork/visits/{id}", new { id });
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapGet("/visits", (string? clientId, string? workerId, DateOnly? from, DateOnly? to, int? page, int? pageSize, string? stationId, VisitKind? kind, string? sort, string? dir, IMediator mediator) =>
            mediator.Send(new ListVisits(clientId, workerId, from, to, page ?? 1, pageSize ?? 30) { StationId = stationId, Kind = kind, Sort = sort, Dir = dir }));
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
            return photo.ToResult();
        });
        socialWork.MapPost("/visits/{id}/withdraw", async (string id, WithdrawVisit request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
    }

    private static void MapActivities(RouteGroupBuilder socialWork)
    {
        socialWork.MapPost("/activities", async (SaveActivity request, IMediator mediator) =>
        {
            request.Id = null;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/socialwork/activities/{id}", new { id });
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPut("/activities/{id}", async (string id, SaveActivity request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapGet("/activities", (string? workerId, bool? pending, int? page, int? pageSize, string? stationId, string? sort, string? dir, IMediator mediator) =>
            mediator.Send(new ListActivities(workerId, pending ?? false, page ?? 1, pageSize ?? 30) { StationId = stationId, Sort = sort, Dir = dir }));
        socialWork.MapGet("/activities/{id}", (string id, IMediator mediator) => mediator.Send(new GetActivity(id)));

        // Multipart: bearer tokens only, as for visit photos.
        // Bound as a form, not read from the request, so a body that is not multipart is refused (415) rather than thrown.
        socialWork.MapPost("/activities/{id}/files", async (string id, IFormCollection form, IMediator mediator) =>
            {
                var count = await mediator.Send(new AttachActivityFiles(id, form.Files.GetFiles("signIn"), form.Files.GetFiles("photos")));
                return Results.Created($"/api/v1/socialwork/activities/{id}/files/{count}", new { count });
            })
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { Policy = SocialWorkPermissions.Record, AuthenticationSchemes = BearerTokenDefaults.AuthenticationScheme });
        socialWork.MapGet("/activities/{id}/files/{number:int}", async (string id, int number, bool? original, IMediator mediator) =>
        {
            var file = await mediator.Send(new GetActivityFile(id, number, original ?? false));
            return file.ToResult();
        });
        socialWork.MapPost("/activities/{id}/complete", async (string id, IMediator mediator) =>
        {
            await mediator.Send(new CompleteActivity(id));
            return Results.NoContent();
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPost("/activities/{id}/withdraw", async (string id, WithdrawActivity request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
    }

    private static void MapGroups(RouteGroupBuilder socialWork)
    {
        socialWork.MapPost("/groups", async (StartGroup request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/socialwork/groups/{id}", new { id });
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapGet("/groups", (string? workerId, bool? pending, int? page, int? pageSize, string? stationId, string? sort, string? dir, IMediator mediator) =>
            mediator.Send(new ListGroups(workerId, pending ?? false, page ?? 1, pageSize ?? 30) { StationId = stationId, Sort = sort, Dir = dir }));
        socialWork.MapGet("/groups/{id}", (string id, IMediator mediator) => mediator.Send(new GetGroup(id)));
        socialWork.MapPost("/groups/{id}/members", async (string id, List<NewMember> members, IMediator mediator) =>
            Results.Ok(new { members = await mediator.Send(new AddGroupMembers(id, members)) })).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPost("/groups/{id}/sessions", async (string id, RecordGroupSession request, IMediator mediator) =>
        {
            request.Id = id;
            var session = await mediator.Send(request);
            return Results.Created($"/api/v1/socialwork/groups/{id}", session);
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPost("/groups/{id}/complete", async (string id, CompleteGroup request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPost("/groups/{id}/withdraw", async (string id, WithdrawGroup request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
    }

    private static void MapCases(RouteGroupBuilder socialWork)
    {
        socialWork.MapPost("/cases", async (OpenCase request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/socialwork/cases/{id}", new { id });
        }).RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapGet("/cases", (string? workerId, string? clientId, bool? pending, int? page, int? pageSize, string? stationId, string? sort, string? dir, IMediator mediator) =>
            mediator.Send(new ListCases(workerId, clientId, pending ?? false, page ?? 1, pageSize ?? 30) { StationId = stationId, Sort = sort, Dir = dir }));
        socialWork.MapGet("/cases/{id}", (string id, IMediator mediator) => mediator.Send(new GetCase(id)));

        // Every document goes through one command; the routes the phases are known by are shorthands for it.
        socialWork.MapPost("/cases/{id}/documents", (string id, WriteCaseDocument request, IMediator mediator) => WriteAsync(id, request, mediator))
            .RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPost("/cases/{id}/sessions", (string id, CaseText body, IMediator mediator) =>
                WriteAsync(id, new WriteCaseDocument { Kind = CaseDocumentKind.Session, Date = body.Date, Content = body.Content ?? "" }, mediator))
            .RequireAuthorization(SocialWorkPermissions.Record);
        socialWork.MapPost("/cases/{id}/close", (string id, CaseText body, IMediator mediator) =>
                WriteAsync(id, new WriteCaseDocument { Kind = CaseDocumentKind.Closure, Date = body.Date, Content = body.Content ?? "", Extra = body.Reason }, mediator))
            .RequireAuthorization(SocialWorkPermissions.Record);

        // Multipart: bearer tokens only, as for visit photos.
        socialWork.MapPost("/cases/{id}/agreement", async (string id, IFormFileCollection files, IMediator mediator) =>
                Results.Created($"/api/v1/socialwork/cases/{id}", new { count = await mediator.Send(new AttachSignedAgreement(id, files)) }))
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { Policy = SocialWorkPermissions.Record, AuthenticationSchemes = BearerTokenDefaults.AuthenticationScheme });
        socialWork.MapGet("/cases/{id}/files/{number:int}", async (string id, int number, bool? original, IMediator mediator) =>
        {
            var file = await mediator.Send(new GetCaseFile(id, number, original ?? false));
            return file.ToResult();
        });
        socialWork.MapPost("/cases/{id}/transfer", async (string id, TransferCase request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        socialWork.MapPost("/cases/{id}/withdraw", async (string id, WithdrawCase request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
    }

    private static async Task<IResult> WriteAsync(string id, WriteCaseDocument request, IMediator mediator)
    {
        request.Id = id;
        await mediator.Send(request);
        return Results.Created($"/api/v1/socialwork/cases/{id}", null);
    }

    /// <summary>A session (date, record) or a closure (date, reason, record).</summary>
    private sealed record CaseText(DateOnly? Date, string? Content, string? Reason);
}
