using MediatR;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity;

namespace Platform.Host.Cli;

/// <summary>
/// The host's command-line verbs. <c>--demo</c> seeds the demo district; <c>create-admin</c> creates the
/// first administrator of a production installation and exits:
/// <c>dotnet run --project host/Platform.Host -- create-admin --user admin --name 管理员 --password …</c>.
/// </summary>
internal static class CommandLine
{
    public sealed record Verb(string? Name, bool Demo, IReadOnlyDictionary<string, string> Options);

    public static (string[] HostArgs, Verb Verb) Split(string[] args)
    {
        var rest = args.Where(a => a != "--demo").ToList();
        var demo = rest.Count != args.Length;
        if (rest.Count == 0 || rest[0] != "create-admin")
        {
            return (rest.ToArray(), new Verb(null, demo, new Dictionary<string, string>()));
        }

        var options = new Dictionary<string, string>();
        var hostArgs = new List<string>();
        for (var i = 1; i < rest.Count; i++)
        {
            if (rest[i] is "--user" or "--name" or "--password" && i + 1 < rest.Count)
            {
                options[rest[i][2..]] = rest[++i];
            }
            else
            {
                hostArgs.Add(rest[i]);
            }
        }

        // The verb needs no web port of its own: any free loopback port avoids clashing with a running host.
        hostArgs.AddRange(["--urls", "http://127.0.0.1:0"]);
        return (hostArgs.ToArray(), new Verb(rest[0], demo, options));
    }

    public static async Task<int> RunAsync(WebApplication app, Verb verb)
    {
        if (!verb.Options.TryGetValue("user", out var user) || !verb.Options.TryGetValue("password", out var password))
        {
            Console.Error.WriteLine("用法：create-admin --user <用户名> --password <密码> [--name <显示名>]");
            return 2;
        }

        // Migrations and start-up checks run as they would for the web server, then the verb runs and the host stops.
        await app.StartAsync();
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var id = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new CreateAdministrator(user, verb.Options.GetValueOrDefault("name", "管理员"), password));
            Console.WriteLine($"已创建管理员 {user}（{id}）。");
            return 0;
        }
        catch (Exception ex) when (ex is BusinessRuleException or InputValidationException)
        {
            Console.Error.WriteLine(ex is InputValidationException invalid
                ? string.Join(Environment.NewLine, invalid.Errors.SelectMany(e => e.Value))
                : ex.Message);
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
