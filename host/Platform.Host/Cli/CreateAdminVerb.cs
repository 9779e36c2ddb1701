using MediatR;
using Platform.Contracts.Identity;
using Platform.Modularity;

namespace Platform.Host.Cli;

/// <summary>
/// <c>create-admin --user admin --name 管理员 --password …</c>: creates the first administrator of a production
/// installation. Migrations and start-up checks (the demo-account guard among them) run as they would for the web
/// server, on a free loopback port and without the scheduler; then the verb runs and the host stops.
/// </summary>
internal static class CreateAdminVerb
{
    public static async Task<int> RunAsync(WebApplication app, CommandLine.Verb verb)
    {
        var user = verb.Options["user"];
        await app.StartAsync();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var id = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new CreateAdministrator(user, verb.Options.GetValueOrDefault("name", "管理员"), verb.Options["password"]));
            Console.WriteLine($"已创建管理员 {user}（{id}）。");
            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
