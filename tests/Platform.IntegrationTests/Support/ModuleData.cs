using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;

namespace Platform.IntegrationTests.Support;

/// <summary>Looks into a running host as the platform itself: a module's outbox, or a contract request sent as the system.</summary>
public static class ModuleData
{
    public static IServiceScope SystemScope(this PlatformFactory factory)
    {
        var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        return scope;
    }

    /// <summary>The outbox of the module with that key, oldest first.</summary>
    public static async Task<List<OutboxMessage>> OutboxAsync(this PlatformFactory factory, string moduleKey)
    {
        using var scope = factory.SystemScope();
        var database = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Key == moduleKey);
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        return await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<T> SendAsSystemAsync<T>(this PlatformFactory factory, IRequest<T> request)
    {
        using var scope = factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what = "the condition", int seconds = 10)
    {
        for (var i = 0; i < seconds * 10; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Waited {seconds} s for {what}.");
    }
}
