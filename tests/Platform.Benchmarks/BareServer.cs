namespace Platform.Benchmarks;

/// <summary>The yardstick: a bare Kestrel endpoint answering a small JSON, run in the same benchmark as the platform.</summary>
internal static class BareServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/bare", () => Results.Json(new { userName = "worker01", displayName = "王丽", stationId = "s01", stationName = "莲塘镇民政服务站", roles = new[] { "worker" } }));
        app.MapGet("/health", () => "ok");
        await app.RunAsync();
        return 0;
    }
}
