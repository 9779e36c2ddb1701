using Microsoft.EntityFrameworkCore;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Keeps <see cref="MonthlyTotal"/> in step with the entries, by SQL in the caller's transaction.</summary>
internal static class Rollup
{
    /// <summary>Adds (<paramref name="sign"/> = 1) or takes away (−1) an entry's quantity and hours.</summary>
    public static Task ApplyAsync(LedgerDb db, LedgerEntry entry, int sign, CancellationToken cancellationToken)
    {
        var (table, q) = Names(db);
#pragma warning disable EF1002 // Table and column names come from the model, never from input; the values are parameters.
        return db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO {{table}} ({{q("ProjectId")}}, {{q("Month")}}, {{q("StationId")}}, {{q("WorkerId")}}, {{q("IndicatorCode")}}, {{q("IsProfessional")}}, {{q("QuantityCenti")}}, {{q("HoursCenti")}})
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7})
            ON CONFLICT ({{q("ProjectId")}}, {{q("Month")}}, {{q("StationId")}}, {{q("WorkerId")}}, {{q("IndicatorCode")}}, {{q("IsProfessional")}})
            DO UPDATE SET {{q("QuantityCenti")}} = {{table}}.{{q("QuantityCenti")}} + excluded.{{q("QuantityCenti")}}, {{q("HoursCenti")}} = {{table}}.{{q("HoursCenti")}} + excluded.{{q("HoursCenti")}}
            """,
            [entry.ProjectId, entry.Month, entry.StationId, entry.WorkerId, entry.IndicatorCode, entry.IsProfessional, sign * entry.QuantityCenti, sign * entry.HoursCenti],
            cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>Recomputes the totals of a project from its entries (after a bulk load such as the demo's).</summary>
    public static async Task RebuildAsync(LedgerDb db, int projectId, CancellationToken cancellationToken)
    {
        var (table, q) = Names(db);
        var entries = db.Model.GetDefaultSchema() is { } schema ? $"\"{schema}\".entries" : "entries";
#pragma warning disable EF1002 // As above.
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM {table} WHERE {q("ProjectId")} = {{0}}", [projectId], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO {{table}} ({{q("ProjectId")}}, {{q("Month")}}, {{q("StationId")}}, {{q("WorkerId")}}, {{q("IndicatorCode")}}, {{q("IsProfessional")}}, {{q("QuantityCenti")}}, {{q("HoursCenti")}})
            SELECT {{q("ProjectId")}}, {{q("Month")}}, {{q("StationId")}}, {{q("WorkerId")}}, {{q("IndicatorCode")}}, {{q("IsProfessional")}}, SUM({{q("QuantityCenti")}}), SUM({{q("HoursCenti")}})
            FROM {{entries}} WHERE {{q("ProjectId")}} = {0} AND NOT {{q("IsRetracted")}}
            GROUP BY {{q("ProjectId")}}, {{q("Month")}}, {{q("StationId")}}, {{q("WorkerId")}}, {{q("IndicatorCode")}}, {{q("IsProfessional")}}
            """,
            [projectId],
            cancellationToken);
#pragma warning restore EF1002
    }

    private static (string Table, Func<string, string> Quote) Names(LedgerDb db) =>
        db.Model.GetDefaultSchema() is { } schema
            ? ($"\"{schema}\".monthly_totals", name => $"\"{name}\"")
            : ("monthly_totals", name => name);
}
