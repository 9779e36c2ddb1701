using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// The yardstick: bare Kestrel endpoints run in the same benchmark as the platform — a small JSON answer, and (given
/// <c>--db</c>) one row inserted into a SQLite file in WAL mode a request, as the least a recorded visit costs.
/// </summary>
internal static class BareServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/bare", () => Results.Json(new { userName = "worker01", displayName = "王丽", stationId = "s01", stationName = "莲塘镇民政服务站", roles = new[] { "worker" } }));
        app.MapGet("/health", () => "ok");
        if (builder.Configuration["db"] is { } file)
        {
            var connectionString = $"Data Source={file}";
            using (var connection = new SqliteConnection(connectionString))
            {
                connection.Open();
                Sql.Exec(connection, "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS visits (Id TEXT PRIMARY KEY, Body TEXT NOT NULL, At TEXT NOT NULL)");
            }

            app.MapPost("/bare/visits", async (HttpRequest request) =>
            {
                using var reader = new StreamReader(request.Body);
                var body = await reader.ReadToEndAsync();
                await using var connection = new SqliteConnection(connectionString);
                await connection.OpenAsync();
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO visits VALUES ($id, $body, $at)";
                insert.Parameters.AddWithValue("$id", Guid.NewGuid().ToString("N"));
                insert.Parameters.AddWithValue("$body", body);
                insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
                await insert.ExecuteNonQueryAsync();
                return Results.Created();
            });
        }

        await app.RunAsync();
        return 0;
    }
}
