using MediatR;
using Platform.Contracts.Identity;
using Platform.Host.Modules;

namespace Platform.ArchitectureTests;

/// <summary>
/// Domain modules (those that may be switched off) serve only their own requests; every request in contracts is served
/// by a core module, so no domain module depends on another being installed.
/// </summary>
public sealed class DomainModuleTests
{
    public static TheoryData<string> DomainModuleKeys() => LoadedModules.Keys(domainOnly: true);

    private static IEnumerable<Type> HandledRequests(LoadedModule module) =>
        module.Assembly.GetTypes().Where(t => !t.IsAbstract)
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(i => i.GetGenericArguments()[0]);

    [Theory]
    [MemberData(nameof(DomainModuleKeys))]
    public void A_domain_module_handles_only_requests_it_declares_itself(string key)
    {
        var module = LoadedModules.Of(key);
        HandledRequests(module).Should().NotBeEmpty().And.OnlyContain(r => r.Assembly == module.Assembly, $"{key} must not serve a contract request: a core module does");
    }

    [Fact]
    public void Every_contract_request_is_handled_by_a_core_module()
    {
        var contracts = typeof(ICurrentUser).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(IBaseRequest).IsAssignableFrom(t)).ToList();
        var served = LoadedModules.All.Where(m => m.Module.IsCore).SelectMany(HandledRequests).ToHashSet();
        contracts.Should().NotBeEmpty().And.OnlyContain(r => served.Contains(r), "a contract request must work whichever domain modules are installed");
    }
}
