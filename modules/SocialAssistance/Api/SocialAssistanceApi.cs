using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Platform.Modules.SocialAssistance.Agreements;
using Platform.Modules.SocialAssistance.Alerts;
using Platform.Modules.SocialAssistance.Files;
using Platform.Modules.SocialAssistance.Programmes;
using Platform.Modules.SocialAssistance.Reviews;
using Platform.Modules.SocialAssistance.TemporaryAid;
using Platform.Modules.SocialAssistance.Visits;

namespace Platform.Modules.SocialAssistance.Api;

/// <summary><c>/api/v1/social-assistance</c>: households, programme periods, reviews, the due list and the rules.</summary>
internal static class SocialAssistanceApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var module = api.RequireAuthorization(SocialAssistancePermissions.View);
        module.MapGet("/reviews", (string? stationId, bool? dueOnly, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new PageReviews(stationId, dueOnly ?? false, sort, dir, page ?? 1, pageSize ?? Platform.Modularity.Web.ListPager.DefaultPageSize)));
        module.MapGet("/reviews/due", (string? stationId, IMediator mediator) => mediator.Send(new ListDueReviews(stationId)));
        module.MapGet("/households/{clientId}", (string clientId, IMediator mediator) => mediator.Send(new GetHousehold(clientId)));
        module.MapPost("/households/{clientId}/programmes", async (string clientId, StartProgramme request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/{SocialAssistanceMessages.Module}/households/{clientId}", new { id });
        });
        module.MapPost("/programmes/{id}/end", async (string id, EndProgramme request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapPost("/households/{clientId}/reviews", async (string clientId, RecordReview request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/{SocialAssistanceMessages.Module}/households/{clientId}", new { id });
        });
        module.MapPost("/reviews/{id}/withdraw", async (string id, Withdrawal request, IMediator mediator) =>
        {
            await mediator.Send(new WithdrawReview(id, request.Reason ?? ""));
            return Results.NoContent();
        });
        module.MapGet("/visits/due", (string? stationId, IMediator mediator) => mediator.Send(new ListDueVisits(stationId)));
        module.MapPost("/households/{clientId}/visits", async (string clientId, RecordCareVisit request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/{SocialAssistanceMessages.Module}/households/{clientId}", new { id });
        });
        module.MapGet("/agreements", (string? stationId, bool? all, string? q, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new PageAgreements(stationId, all ?? false, q, sort, dir, page ?? 1, pageSize ?? Platform.Modularity.Web.ListPager.DefaultPageSize)));
        module.MapGet("/agreements/unsigned", (string? stationId, IMediator mediator) => mediator.Send(new ListUnsigned(stationId)));
        module.MapPost("/households/{clientId}/agreements", async (string clientId, SignAgreement request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/{SocialAssistanceMessages.Module}/households/{clientId}", new { id });
        });
        module.MapGet("/agreements/{id}", (string id, IMediator mediator) => mediator.Send(new GetAgreement(id)));
        module.MapPut("/agreements/{id}", async (string id, CorrectAgreement request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapPost("/agreements/{id}/end", async (string id, EndAgreement request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });

        // Multipart: bearer tokens only, as the alert import and the case agreements' scans.
        module.MapPost("/agreements/{id}/scan", async (string id, IFormFile? file, int? version, IMediator mediator) =>
            {
                await mediator.Send(new AttachAgreementScan(id, file, version));
                return Results.NoContent();
            })
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { Policy = SocialAssistancePermissions.Record, AuthenticationSchemes = BearerTokenDefaults.AuthenticationScheme });
        module.MapGet("/agreements/{id}/scan", async (string id, bool? original, IMediator mediator) => (await mediator.Send(new GetAgreementScan(id, original ?? false))).ToResult());
        module.MapGet("/aid", (string? stationId, bool? pendingOnly, IMediator mediator) => mediator.Send(new ListAid(stationId, pendingOnly ?? true)));
        module.MapPost("/aid", async (ApplyForAid request, IMediator mediator) =>
        {
            var taken = await mediator.Send(request);
            return Results.Created($"/api/v1/{SocialAssistanceMessages.Module}/aid", taken);
        });
        module.MapPost("/aid/{id}/advance", async (string id, AdvanceAid request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapGet("/alerts", (string? stationId, bool? closed, string? q, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new PageVerifications(stationId, closed ?? false, q, sort, dir, page ?? 1, pageSize ?? Platform.Modularity.Web.ListPager.DefaultPageSize)));
        module.MapGet("/alerts/imports", (IMediator mediator) => mediator.Send(new ListAlertImports()))
            .RequireAuthorization(SocialAssistancePermissions.Imports);
        module.MapGet("/alerts/unmatched", (string? importId, int? page, int? pageSize, IMediator mediator) =>
                mediator.Send(new PageUnmatchedAlerts(importId, page ?? 1, pageSize ?? Platform.Modularity.Web.ListPager.DefaultPageSize)))
            .RequireAuthorization(SocialAssistancePermissions.Imports);

        // Multipart posts can be sent across sites without a preflight, so the API takes imports from bearer tokens only
        // (as the registry's client import); the import page, with its antiforgery token, serves the browser.
        module.MapPost("/alerts/import", async (IFormFile file, IMediator mediator) =>
            {
                await using var stream = file.OpenReadStream();
                return await mediator.Send(new ImportAlerts { File = stream, FileName = file.FileName });
            })
            .DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { Policy = SocialAssistancePermissions.ImportAlerts, AuthenticationSchemes = BearerTokenDefaults.AuthenticationScheme });
        module.MapGet("/alerts/{id}", (string id, IMediator mediator) => mediator.Send(new GetVerification(id)));
        module.MapPost("/alerts/{id}/close", async (string id, CloseVerification request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapGet("/rules", (SocialAssistanceRules rules) => rules.Describe());
    }

    internal sealed record Withdrawal(string? Reason);
}
