using Platform.Host.Cli;
using Platform.Host.Composition;

var (hostArgs, verb) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
if (verb.Demo)
{
    builder.Configuration["Platform:Demo"] = "true";
}

var catalog = builder.AddPlatform();
var app = builder.Build();
app.UsePlatform(catalog);

if (verb.Name is not null)
{
    return await CommandLine.RunAsync(app, verb);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in the tests.</summary>
public partial class Program;
