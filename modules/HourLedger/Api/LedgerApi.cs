using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Api;

/// <summary><c>/api/v1/ledger</c>: the catalogue, progress, entries, the report and a worker's own hours.</summary>
internal static class LedgerApi
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder api)
    {
        var ledger = api.RequireAuthorization(LedgerPermissions.View);
        ledger.MapGet("/indicators", (int? projectId, IMediator mediator) => mediator.Send(new GetIndicators(projectId)));
        ledger.MapGet("/projects", (IMediator mediator) => mediator.Send(new ListProjects()));
        ledger.MapPost("/projects", async (SaveProject request, IMediator mediator) =>
        {
            request.Id = null;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/ledger/projects/{id}", new { id });
        });
        ledger.MapPut("/projects/{id:int}", async (int id, SaveProject request, IMediator mediator) =>
        {
            request.Id = id;
            await mediator.Send(request);
            return Results.NoContent();
        });
        ledger.MapGet("/targets", (string stationId, int? projectId, IMediator mediator) => mediator.Send(new GetTargets(stationId, projectId)));
        ledger.MapGet("/summary", (string? stationId, string? workerId, DateOnly? from, DateOnly? to, DateOnly? asOf, IMediator mediator) =>
            mediator.Send(new GetLedgerSummary(stationId, workerId, from, to, asOf)));
        ledger.MapGet("/workers", (string? stationId, DateOnly? asOf, IMediator mediator) => mediator.Send(new GetWorkerProgress(stationId, asOf)));
        ledger.MapGet("/trend", (string? stationId, string? workerId, IMediator mediator) => mediator.Send(new GetMonthlyTrend(stationId, workerId)));
        ledger.MapGet("/entries", (string? stationId, string? workerId, string? indicator, DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new ListEntries { StationId = stationId, WorkerId = workerId, Indicator = indicator, From = from, To = to, Page = page ?? 1, PageSize = pageSize ?? 50 }));
        ledger.MapGet("/entries.csv", async (string? stationId, string? workerId, string? indicator, DateOnly? from, DateOnly? to, IMediator mediator) =>
            Results.File(Encoding.UTF8.GetBytes(await mediator.Send(new ExportEntriesCsv(stationId, workerId, indicator, from, to))), "text/csv; charset=utf-8", "服务时长明细.csv"));
        ledger.MapGet("/report", (string? stationId, DateOnly? from, DateOnly? to, IMediator mediator) => mediator.Send(new GetReport(stationId, from, to)));
        ledger.MapGet("/report.xlsx", async (string? stationId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken cancellationToken) =>
            Results.File(await (await mediator.Send(new GetReport(stationId, from, to), cancellationToken)).ToXlsxAsync(cancellationToken), Xlsx, "服务时长报表.xlsx"));
        ledger.MapPut("/indicators/{code}", async (string code, UpdateIndicator request, IMediator mediator) =>
        {
            request.Code = code;
            await mediator.Send(request);
            return Results.NoContent();
        });
        ledger.MapGet("/refused", (int? page, IMediator mediator) => mediator.Send(new ListRefusedCredits(page ?? 1)));
        ledger.MapPut("/targets", async (TargetBody body, IMediator mediator) =>
        {
            var targets = body.Targets ?? [new TargetValue(body.IndicatorCode ?? "", body.WorkerId, body.Quantity)];
            await mediator.Send(new SetTargets { StationId = body.StationId ?? "", ProjectId = body.ProjectId, Targets = targets });
            return Results.NoContent();
        });
        ledger.MapPost("/hours", async (LogOwnHours request, IMediator mediator) =>
                Results.Created("/api/v1/ledger/entries", new { id = await mediator.Send(request) }))
            .RequireAuthorization(LedgerPermissions.Log);
    }

    /// <summary>One target (<c>indicatorCode</c>, <c>workerId</c>, <c>quantity</c>) or several (<c>targets</c>) of a station.</summary>
    private sealed record TargetBody(string? StationId, int? ProjectId, string? IndicatorCode, string? WorkerId, decimal? Quantity, List<TargetValue>? Targets);
}
