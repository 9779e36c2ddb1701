using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modules.Sample.Data;
using Platform.Modules.Sample.Files;
using Platform.Modules.Sample.Visits;

namespace Platform.Modules.Sample;

/// <summary>
/// 示例模块. Made by <c>dotnet new platform-module</c>: a client file (<see cref="SampleFiles"/>) that follows the registry —
/// transfer, archive, category lost — and one credited visit that can be withdrawn, on a database of the module's own,
/// with its pages, API, menu entry, the button on a client's registry page and three permissions. Replace the file's
/// fields and the visit's with the module's own; the kit keeps the rest.
/// </summary>
public sealed class SampleModule : IModule
{
    public string Key => SampleMessages.Module;

    public string Name => "示例模块";

    public void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddModuleDb<SampleDb, SqliteSampleDb, PostgresSampleDb>(context);

    public void MapApi(RouteGroupBuilder api)
    {
        var module = api.RequireAuthorization(SamplePermissions.View);
        module.MapGet("/files", (IMediator mediator) => mediator.Send(new ListSampleFiles()));
        module.MapGet("/files/{clientId}", (string clientId, IMediator mediator) => mediator.Send(new GetSampleFile(clientId)));
        module.MapPut("/files/{clientId}", async (string clientId, OpenSampleFile request, IMediator mediator) =>
        {
            await mediator.Send(request with { ClientId = clientId });
            return Results.NoContent();
        });
        module.MapPost("/files/{clientId}/visits", async (string clientId, RecordSampleVisit request, IMediator mediator) =>
        {
            request.ClientId = clientId;
            var id = await mediator.Send(request);
            return Results.Created($"/api/v1/{SampleMessages.Module}/files/{clientId}", new { id });
        });
        module.MapPost("/visits/{id}/withdraw", async (string id, Withdrawal request, IMediator mediator) =>
        {
            await mediator.Send(new WithdrawSampleVisit(id, request.Reason ?? ""));
            return Results.NoContent();
        });
    }

    public IEnumerable<NavItem> Navigation =>
    [
        new("示例模块", "Sample", "/Index", SamplePermissions.View, Order: 500, Group: NavGroups.SpecialServices, Icon: "puzzle"),
    ];

    public IEnumerable<ClientAction> ClientActions =>
    [
        new("示例模块档案", $"/{SampleMessages.Module}/files/details/{{clientId}}", SamplePermissions.View, Order: 500, ForCategories: SampleFiles.Eligible.Categories),
    ];

    public IEnumerable<Permission> Permissions =>
    [
        new(SamplePermissions.View, "查看示例模块档案和探访（社工只见本站点）", Roles.Worker, Roles.Lead, Roles.Bureau, Roles.Admin),
        new(SamplePermissions.Record, "建立示例模块档案、登记探访", Roles.Worker),
        new(SamplePermissions.Withdraw, "撤回示例模块探访（登记的社工或项目主管）", Roles.Worker, Roles.Lead, Roles.Admin),
    ];

    public IEnumerable<RecordKind> RecordKinds =>
    [
        new("visit", "示例探访"),
    ];

    private sealed record Withdrawal(string? Reason);
}

/// <summary>The module's permission codes.</summary>
internal static class SamplePermissions
{
    public const string View = "sample-key.view";
    public const string Record = "sample-key.record";
    public const string Withdraw = "sample-key.withdraw";
}
