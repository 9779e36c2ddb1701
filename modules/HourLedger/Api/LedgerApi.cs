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
        ledger.MapGet("/summary", (string? stationId, string? workerId, QueryDate? from, QueryDate? to, QueryDate? asOf, IMediator mediator) =>
            mediator.Send(new GetLedgerSummary(stationId, workerId, from?.Value, to?.Value, asOf?.Value)));
        ledger.MapGet("/workers", (string? stationId, QueryDate? asOf, IMediator mediator) => mediator.Send(new GetWorkerProgress(stationId, asOf?.Value)));
        ledger.MapGet("/trend", (string? stationId, string? workerId, IMediator mediator) => mediator.Send(new GetMonthlyTrend(stationId, workerId)));
        ledger.MapGet("/entries", (string? stationId, string? workerId, string? indicator, QueryDate? from, QueryDate? to, int? page, int? pageSize, IMediator mediator) =>
            mediator.Send(new ListEntries { StationId = stationId, WorkerId = workerId, Indicator = indicator, From = from?.Value, To = to?.Value, Page = page ?? 1, PageSize = pageSize ?? 50 }));
        ledger.MapGet("/entries.csv", async (string? stationId, string? workerId, string? indicator, QueryDate? from, QueryDate? to, IMediator mediator) =>
            Results.File(Encoding.UTF8.GetBytes(await mediator.Send(new ExportEntriesCsv(stationId, workerId, indicator, from?.Value, to?.Value))), "text/csv; charset=utf-8", "服务时长明细.csv"));
        ledger.MapGet("/entries.xlsx", async (string? stationId, string? workerId, string? indicator, QueryDate? from, QueryDate? to, IMediator mediator, CancellationToken cancellationToken) =>
            Results.File(await mediator.Send(new ExportEntries(stationId, workerId, indicator, from?.Value, to?.Value), cancellationToken), Xlsx, "服务时长明细.xlsx"));
        ledger.MapGet("/report", (string? stationId, QueryDate? from, QueryDate? to, IMediator mediator) => mediator.Send(new GetReport(stationId, from?.Value, to?.Value)));
        ledger.MapGet("/report.xlsx", async (string? stationId, QueryDate? from, QueryDate? to, IMediator mediator, CancellationToken cancellationToken) =>
            Results.File(await (await mediator.Send(new GetReport(stationId, from?.Value, to?.Value), cancellationToken)).ToXlsxAsync(cancellationToken), Xlsx, "服务时长报表.xlsx"));
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

    /// <summary>
    /// A day in a query (<c>?from=2026-03-01</c>); an empty value (<c>?from=</c>, as a form sends an empty box) is no
    /// filter, like a missing one, rather than a 400.
    /// </summary>
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

    /// <summary>One target (<c>indicatorCode</c>, <c>workerId</c>, <c>quantity</c>) or several (<c>targets</c>) of a station.</summary>
    private sealed record TargetBody(string? StationId, int? ProjectId, string? IndicatorCode, string? WorkerId, decimal? Quantity, List<TargetValue>? Targets);
}
