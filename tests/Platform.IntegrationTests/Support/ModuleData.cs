using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
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

    /// <summary>Waits until no module has an outbox message waiting (delivered, or waiting for a module not installed).</summary>
    public static async Task OutboxesDeliveredAsync(this PlatformFactory factory, int seconds = 60)
    {
        using var scope = factory.SystemScope();
        var databases = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        await WaitUntilAsync(
            async () =>
            {
                foreach (var database in databases)
                {
                    var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                    if (await db.Set<OutboxMessage>().AnyAsync(m => m.ProcessedAt == null && m.Attempts == 0))
                    {
                        return false;
                    }
                }

                return true;
            },
            "every module's outbox to be delivered",
            seconds);
    }

    public static async Task<T> SendAsSystemAsync<T>(this PlatformFactory factory, IRequest<T> request)
    {
        using var scope = factory.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>
    /// Sends a contract request as a demo user would through a page (their station and roles, read from a request's
    /// claims), for contracts that only modules send and no route exposes as such.
    /// </summary>
    public static async Task<T> SendAsAsync<T>(this PlatformFactory factory, string userName, IRequest<T> request)
    {
        var login = await factory.SendAsSystemAsync(new AuthenticateUser(userName, Clients.DemoPassword));
        var user = login.User ?? throw new InvalidOperationException($"{userName} could not sign in: {login.Outcome}.");
        var identity = new ClaimsIdentity("test", ClaimNames.UserName, ClaimNames.Role);
        identity.AddClaim(new Claim(ClaimNames.UserId, user.UserId));
        identity.AddClaim(new Claim(ClaimNames.UserName, user.UserName));
        identity.AddClaim(new Claim(ClaimNames.DisplayName, user.DisplayName));
        if (user.StationId is not null)
        {
            identity.AddClaim(new Claim(ClaimNames.StationId, user.StationId));
        }

        identity.AddClaims(user.Roles.Select(r => new Claim(ClaimNames.Role, r)));
        using var scope = factory.Services.CreateScope();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity), RequestServices = scope.ServiceProvider };
        try
        {
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            http.HttpContext = null;
        }
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
