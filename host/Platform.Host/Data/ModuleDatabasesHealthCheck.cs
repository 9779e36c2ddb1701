using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Modularity;
using Platform.Modularity.Data;

namespace Platform.Host.Data;

/// <summary><c>/health</c>: healthy when every enabled module's database answers.</summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        var failing = new List<string>();
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                failing.Add(database.Key);
            }
        }

        return failing.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("Database not answering: " + string.Join(", ", failing));
    }
}
