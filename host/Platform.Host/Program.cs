using Platform.Host.Cli;
using Platform.Host.Cli.Backup;
using Platform.Host.Composition;

var (hostArgs, verb) = CommandLine.Split(args);
if (verb.UsageError is { } usage)
{
    Console.Error.WriteLine(usage);
    return 2;
}

var builder = WebApplication.CreateBuilder(hostArgs);
if (verb.Demo)
{
    builder.Configuration["Platform:Demo"] = "true";
}

return await CommandLine.RunAsync(verb, async () =>
{
    // Backup and restore only read the configuration: the host is not built, so nothing serves, migrates or runs jobs.
    switch (verb.Name)
    {
        case "backup":
            return await BackupVerb.RunAsync(builder.Configuration, verb.Options["to"], CancellationToken.None);
        case "restore":
            return await RestoreVerb.RunAsync(builder.Configuration, verb.Options["from"], CancellationToken.None);
    }

    var catalog = builder.AddPlatform();
    var app = builder.Build();
    app.UsePlatform(catalog);
    if (verb.Name == "create-admin")
    {
        return await CreateAdminVerb.RunAsync(app, verb);
    }

    await app.RunAsync();
    return 0;
});

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
