using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Exports;
using Platform.Modules.Volunteers.Organisations;
using Platform.Modules.Volunteers.People;
using Platform.Modules.Volunteers.Teams;

namespace Platform.Modules.Volunteers.Api;

/// <summary><c>/api/v1/volunteers</c>: volunteers, teams, activities and their sheets, the scan sign-in, the export, organisations.</summary>
internal static class VolunteersApi
{
    public static void Map(RouteGroupBuilder api)
    {
        // The one route without an account: the QR code's token is its authority, and the limiter its brake.
        api.MapPost("/scan/{activityId}", async (string activityId, ScanSignIn request, IMediator mediator, ScanLimiter limiter, HttpContext http) =>
        {
            if (!limiter.TryAcquire(http.Connection.RemoteIpAddress?.ToString(), activityId, request.Name))
            {
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ScanLimiter.Refusal);
            }

            request.ActivityId = activityId;
            return Results.Ok(await mediator.Send(request));
        }).AllowAnonymous();

        var module = api.RequireAuthorization(VolunteerPermissions.View);
        module.MapGet("/activities", (string? stationId, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new ListActivities(stationId, sort, dir, page ?? 1, pageSize ?? 20)));
        module.MapPost("/activities", async (CreateActivity request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/volunteers/activities/{id}", new { id });
        });
        module.MapGet("/activities/{id}", (string id, IMediator mediator) => mediator.Send(new GetActivity(id)));
        module.MapGet("/activities/{id}/code", (string id, IMediator mediator) => mediator.Send(new GetScanCode(id)));
        module.MapPost("/activities/{id}/code/renew", async (string id, IMediator mediator) =>
        {
            await mediator.Send(new RenewScanCode(id));
            return Results.NoContent();
        });
        module.MapPost("/activities/{id}/attendance", async (string id, MarkAttendance request, IMediator mediator) =>
        {
            request.ActivityId = id;
            var attendance = await mediator.Send(request);
            return Results.Ok(new { id = attendance });
        });
        module.MapPut("/activities/{id}/attendance/{attendanceId}", async (string id, string attendanceId, CorrectAttendance request, IMediator mediator) =>
        {
            (request.ActivityId, request.AttendanceId) = (id, attendanceId);
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapPost("/activities/{id}/close", async (string id, IMediator mediator) =>
        {
            await mediator.Send(new CloseActivity(id));
            return Results.NoContent();
        });

        module.MapGet("/volunteers", (string? search, bool? awaitingOnly, string? stationId, string? sort, string? dir, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new ListVolunteers(search, awaitingOnly ?? false, stationId, sort, dir, page ?? 1, pageSize ?? 20)));
        module.MapPost("/volunteers", async (RegisterVolunteer request, IMediator mediator) =>
        {
            var registered = await mediator.Send(request);
            return Results.Created($"/api/v1/volunteers/volunteers/{registered.Id}", registered);
        });
        module.MapGet("/volunteers/{id}", (string id, IMediator mediator) => mediator.Send(new GetVolunteer(id)));
        module.MapPut("/volunteers/{id}", async (string id, UpdateVolunteer request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapGet("/progress", (int? year, IMediator mediator) => mediator.Send(new GetLinkedHours(year)));

        module.MapGet("/teams", (IMediator mediator) => mediator.Send(new ListTeams()));
        module.MapPost("/teams", async (SaveTeam request, IMediator mediator) =>
        {
            request.Id = null;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/volunteers/teams/{id}", new { id });
        });
        module.MapPut("/teams/{id}", async (string id, SaveTeam request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });

        module.MapGet("/organisations", (IMediator mediator) => mediator.Send(new ListOrganisations()));
        module.MapPost("/organisations", async (SaveOrganisation request, IMediator mediator) =>
        {
            request.Id = null;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/volunteers/organisations/{id}", new { id });
        });
        module.MapPut("/organisations/{id}", async (string id, SaveOrganisation request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapPost("/organisations/{id}/supports", async (string id, AddSupport request, IMediator mediator) =>
        {
            request.OrganisationId = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        module.MapGet("/counts", (IMediator mediator) => mediator.Send(new GetStationCounts()));

        module.MapGet("/export.xlsx", async (QueryDate? from, QueryDate? to, string? activityId, bool? again, IMediator mediator, HttpContext http) =>
        {
            var file = await mediator.Send(new ExportServiceRows(from?.Value, to?.Value, activityId, again ?? false));
            http.Response.Headers["X-Rows"] = file.Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(file.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.FileName);
        });
        module.MapGet("/exports", (IMediator mediator) => mediator.Send(new ListExports()));
        module.MapGet("/rules", (VolunteerRules rules) => rules.Describe());
    }

    /// <summary>A day in a query; an empty value (as a form sends an empty box) is no filter rather than a 400.</summary>
    internal readonly record struct QueryDate(DateOnly? Value)
    {
        public static bool TryParse(string? text, IFormatProvider? provider, out QueryDate date)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                date = default;
                return true;
            }

            var parsed = DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var day);
            date = new QueryDate(parsed ? day : null);
            return parsed;
        }
    }
}
