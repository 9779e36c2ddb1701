using MediatR;
using Platform.Contracts.Identity;
using Platform.Host.Composition;
using Platform.Host.Modules;

namespace Platform.ArchitectureTests;

/// <summary>Every request of every module the loader finds declares the permission it needs (DESIGN: every write is permitted once, centrally).</summary>
public sealed class RequestPermissionTests
{
    public static TheoryData<string> ModuleKeys() => LoadedModules.Keys();

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void Every_request_of_a_module_declares_a_permission_the_module_defines(string key)
    {
        var module = LoadedModules.Of(key);
        var requests = RequestPermissions.RequestTypes(module.Assembly).ToList();
        requests.Should().NotBeEmpty();
        RequestPermissions.Problems(requests, module.Module.Permissions.Select(p => p.Code)).Should().BeEmpty();
    }

    [Fact]
    public void Every_contract_and_host_request_declares_a_platform_or_core_module_permission()
    {
        var contracts = RequestPermissions.RequestTypes(typeof(ICurrentUser).Assembly).Concat(RequestPermissions.RequestTypes(typeof(ModuleCatalog).Assembly)).ToList();
        contracts.Should().Contain(typeof(Platform.Contracts.Registry.GetClient));
        RequestPermissions.Problems(contracts, LoadedModules.All.Where(m => m.Module.IsCore).SelectMany(m => m.Module.Permissions).Select(p => p.Code)).Should().BeEmpty();
    }

    [Fact]
    public void The_check_finds_a_request_that_declares_nothing_or_an_unknown_permission()
    {
        var problems = RequestPermissions.Problems(RequestPermissions.RequestTypes(typeof(RequestPermissionTests).Assembly), ["probe.view"]).ToList();
        problems.Should().HaveCount(3);
        problems.Should().Contain(p => p.Contains(nameof(Undeclared)) && p.Contains("declares no"));
        problems.Should().Contain(p => p.Contains(nameof(UnknownPermission)) && p.Contains("does not define"));
        problems.Should().Contain(p => p.Contains(nameof(OwnerWithoutRecord)) && p.Contains("names no record"));
        problems.Should().NotContain(p => p.Contains(nameof(Declared)));
    }

    private sealed record Undeclared : IRequest;

    [Requires("probe.edit")]
    private sealed record UnknownPermission : IRequest;

    [Requires("probe.view", Owner = Ownership.WorkerOrLead)]
    private sealed record OwnerWithoutRecord : IRequest;

    [Requires("probe.view")]
    private sealed record Declared : IRequest;
}
