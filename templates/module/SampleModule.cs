using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MediatR;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample;

/// <summary>
/// 示例模块. Made by <c>dotnet new platform-module</c>: a key, a database of its own with one station-scoped table,
/// a page, an API, a menu entry and two permissions. Replace the notes with the module's own records.
/// </summary>
public sealed class SampleModule : IModule
{
    public string Key => "sample-key";

    public string Name => "示例模块";

    public void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDb<SampleDb, SqliteSampleDb, PostgresSampleDb>(context);

    public void MapApi(RouteGroupBuilder api)
    {
        var module = api.RequireAuthorization(SamplePermissions.View);
        module.MapGet("/notes", (IMediator mediator) => mediator.Send(new ListNotes()));
        module.MapPost("/notes", async (AddNote request, IMediator mediator) =>
        {
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/sample-key/notes/{id}", new { id });
        }).RequireAuthorization(SamplePermissions.Record);
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("示例模块", "Sample", "/Index", SamplePermissions.View, Order: 500),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(SamplePermissions.View, "查看示例模块（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(SamplePermissions.Record, "在示例模块中登记", Roles.Worker),
    ];
}

/// <summary>The module's permission codes.</summary>
public static class SamplePermissions
{
    public const string View = "sample-key.view";
    public const string Record = "sample-key.record";
}
