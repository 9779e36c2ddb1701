using Platform.Contracts;

namespace Platform.Host.Cli;

/// <summary>
/// The host's command-line verbs: <c>--demo</c> seeds the demo district; <c>create-admin</c> creates the first
/// administrator of a production installation; <c>backup --to DIR</c> and <c>restore --from DIR</c> copy every
/// module's database and the uploads. A verb's refusal is one Chinese sentence on stderr and exit code 1; a usage
/// error exits with 2.
/// </summary>
internal static class CommandLine
{
    public sealed record Verb(string? Name, bool Demo, IReadOnlyDictionary<string, string> Options, string? UsageError = null);

    private sealed record Spec(string[] Options, string[] Required, string Usage);

    private static readonly Dictionary<string, Spec> Verbs = new()
    {
        ["create-admin"] = new(["user", "name", "password"], ["user", "password"], "用法：create-admin --user <用户名> --password <密码> [--name <显示名>]"),
        ["backup"] = new(["to"], ["to"], "用法：backup --to <空的备份目录>"),
        ["restore"] = new(["from"], ["from"], "用法：restore --from <备份目录>（恢复到配置的空数据目录）"),
    };

    public static (string[] HostArgs, Verb Verb) Split(string[] args)
    {
        var rest = args.Where(a => a != "--demo").ToList();
        var demo = rest.Count != args.Length;
        if (rest.Count == 0 || !Verbs.TryGetValue(rest[0], out var spec))
        {
            return (rest.ToArray(), new Verb(null, demo, new Dictionary<string, string>()));
        }

        var options = new Dictionary<string, string>();
        var hostArgs = new List<string>
        {
            // A verb says what it did in one line; the host's start-up chatter and its own report of a failed start
            // (a stack trace, beside the verb's sentence) stay out of it unless the operator asks for them.
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host=None",
            // A verb runs no jobs and delivers no outbox messages: on SQLite a second scheduler on the same quartz.db
            // would fire the running host's triggers again. What a verb writes is delivered by the serving host.
            "--Platform:Scheduler:AutoStart=false",
            "--Platform:Outbox:DeliverAfterCommit=false",
        };
        for (var i = 1; i < rest.Count; i++)
        {
            if (rest[i].StartsWith("--", StringComparison.Ordinal) && spec.Options.Contains(rest[i][2..]))
            {
                if (i + 1 >= rest.Count)
                {
                    return ([], new Verb(rest[0], demo, options, spec.Usage));
                }

                options[rest[i][2..]] = rest[++i];
            }
            else
            {
                hostArgs.Add(rest[i]);
            }
        }

        // The verb needs no web port of its own: any free loopback port avoids clashing with a running host.
        hostArgs.AddRange(["--urls", "http://127.0.0.1:0"]);
        var usage = spec.Required.All(options.ContainsKey) ? null : spec.Usage;
        return (hostArgs.ToArray(), new Verb(rest[0], demo, options, usage));
    }

    /// <summary>
    /// Runs the host or a verb. A refusal — a verb's, or the server's at start (demo accounts in production) — is printed
    /// as its one sentence (exit 1), and any other failure of a verb is one line too, named by the verb, instead of an
    /// unhandled exception (exit 134 and a stack trace). Under <c>WebApplicationFactory</c> (the entry assembly is the
    /// test host) the server's refusal still leaves the entry point, so the factory reports it to the tests.
    /// </summary>
    public static async Task<int> RunAsync(Verb verb, Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Refusal refusal) when (verb.Name is not null || System.Reflection.Assembly.GetEntryAssembly() == typeof(CommandLine).Assembly)
        {
            Console.Error.WriteLine(refusal.Message);
            return 1;
        }
        catch (Exception ex) when (verb.Name is not null && ex is not HostAbortedException)
        {
            Console.Error.WriteLine(ex switch
            {
                InputValidationException invalid => string.Join("；", invalid.Errors.SelectMany(e => e.Value)),
                BusinessRuleException or ForbiddenException => ex.Message,
                _ => $"{verb.Name} 未完成：{ex.Message.Split('\n')[0].Trim()}",
            });
            return 1;
        }
    }
}
