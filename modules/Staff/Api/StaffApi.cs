using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.Staff.Auditing;
using Platform.Modules.Staff.Compliance;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Api;

/// <summary><c>/api/v1/staff</c>: who am I, the stations and the accounts the caller may see.</summary>
internal static class StaffApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/me", async (ICurrentUser user, IMediator mediator) =>
        {
            var station = user.StationId is null ? null : await mediator.Send(new GetStation(user.StationId));
            return new Me(user.UserId!, user.UserName!, user.DisplayName ?? "", user.StationId, station?.Name, user.Roles.ToList());
        });

        api.MapGet("/stations", (IMediator mediator) => mediator.Send(new GetStations()))
            .RequireAuthorization(StaffPermissions.ViewStations);

        api.MapGet("/accounts", async (string? stationId, IMediator mediator) =>
                (await mediator.Send(new ListAccounts(stationId))).Select(a => new Account
                {
                    Id = a.Id,
                    UserName = a.UserName,
                    DisplayName = a.DisplayName,
                    Role = a.Role,
                    StationId = a.StationId,
                    StationName = a.StationName,
                    IsDisabled = a.IsDisabled,
                }))
            .RequireAuthorization(StaffPermissions.ViewAccounts);

        api.MapGet("/audit", (string? userName, string? action, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator) =>
                mediator.Send(new SearchAudit(userName, action, from, to, page ?? 1, pageSize ?? 50)))
            .RequireAuthorization(StaffPermissions.ViewAudit);
        api.MapGet("/audit/export", async (string? userName, string? action, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
                Results.File(await mediator.Send(new ExportAudit(userName, action, from, to), cancellationToken), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "审计日志.xlsx"))
            .RequireAuthorization(StaffPermissions.ViewAudit);

        MapCompliance(api);
    }

    private static void MapCompliance(RouteGroupBuilder api)
    {
        var compliance = api.MapGroup("").RequireAuthorization(StaffPermissions.ViewCompliance);
        compliance.MapGet("/compliance", (string? stationId, IMediator mediator) => mediator.Send(new GetCompliance(stationId)));
        compliance.MapGet("/workers/{id}/file", (string id, IMediator mediator) => mediator.Send(new GetWorkerFile(id)));
        compliance.MapPut("/workers/{id}/profile", async (string id, SaveWorkerProfile request, IMediator mediator) =>
        {
            request.WorkerId = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        compliance.MapGet("/supervision", (IMediator mediator) => mediator.Send(new ListSupervision()));
        compliance.MapGet("/supervision/{id}", (string id, IMediator mediator) => mediator.Send(new GetSupervision(id)));
        compliance.MapPost("/supervision", async (RecordSupervision request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/staff/supervision/{id}", new { id });
        });
        compliance.MapPost("/supervision/{id}/withdraw", async (string id, Withdrawal request, IMediator mediator) =>
        {
            await mediator.Send(new WithdrawSupervision(id, request.Reason ?? ""));
            return Results.NoContent();
        });
        compliance.MapPost("/training", async (RecordTraining request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/staff/training/{id}", new { id });
        });
        compliance.MapPost("/training/{id}/withdraw", async (string id, Withdrawal request, IMediator mediator) =>
        {
            await mediator.Send(new WithdrawTraining(id, request.Reason ?? ""));
            return Results.NoContent();
        });
    }

    internal sealed record Withdrawal(string? Reason);

    internal sealed record Me(string Id, string UserName, string DisplayName, string? StationId, string? StationName, IReadOnlyList<string> Roles);

    internal sealed record Account
    {
        public required string Id { get; init; }

        public required string UserName { get; init; }

        public required string DisplayName { get; init; }

        public required string? Role { get; init; }

        public required string? StationId { get; init; }

        public required string? StationName { get; init; }

        public required bool IsDisabled { get; init; }
    }
}
