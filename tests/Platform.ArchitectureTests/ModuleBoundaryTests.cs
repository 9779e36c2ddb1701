using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using NetArchTest.Rules;
using Platform.Host.Modules;
using Platform.Modularity;

namespace Platform.ArchitectureTests;

/// <summary>
/// The rules of the house, checked on what the module loader finds in the build output, so a new
/// module under <c>modules/</c> is covered without editing these tests.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static readonly Lazy<IReadOnlyList<LoadedModule>> Modules = new(() => LoadedModules.All);

    private static readonly string[] SharedAssemblies = ["Platform.Contracts", "Platform.Modularity"];

    public static TheoryData<string> ModuleKeys() => LoadedModules.Keys();

    [Fact]
    public void The_loader_finds_a_module_for_every_folder_under_modules()
    {
        var folders = Directory.GetDirectories(Path.Combine(Root, "modules")).Where(d => Directory.EnumerateFiles(d, "*.csproj").Any()).Select(Path.GetFileName);
        Modules.Value.Select(m => m.Assembly.GetName().Name!.Replace("Platform.Modules.", "")).Should().BeEquivalentTo(folders);
        Modules.Value.Should().Contain(m => m.Key == "staff");
    }

    [Fact]
    public void The_host_references_no_module_at_compile_time_or_in_its_dependency_file()
    {
        var host = typeof(ModuleCatalog).Assembly;
        host.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(n => n!.StartsWith("Platform.Modules."));

        var deps = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Platform.Host.deps.json"));
        deps.Should().NotContain("Platform.Modules.");

        var project = XDocument.Load(Path.Combine(Root, "host/Platform.Host/Platform.Host.csproj"));
        project.Descendants("ProjectReference").Select(r => r.Attribute("Include")!.Value).Should().NotContain(p => p.Contains("modules"));
    }

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void A_module_depends_on_no_other_module_and_not_on_the_host(string key)
    {
        var module = Modules.Value.Single(m => m.Key == key);
        var others = Modules.Value.Where(m => m.Key != key).Select(m => m.Assembly.GetName().Name!).Append("Platform.Host").ToArray();
        var result = Types.InAssembly(module.Assembly).ShouldNot().HaveDependencyOnAny(others).GetResult();
        result.IsSuccessful.Should().BeTrue($"{key} must talk to other modules only through contracts: {string.Join(", ", result.FailingTypeNames ?? [])}");

        module.Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Platform."))
            .Should().BeSubsetOf(SharedAssemblies, $"{key} may reference only the contracts");
    }

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void A_module_project_references_only_contracts_projects(string key)
    {
        var module = Modules.Value.Single(m => m.Key == key);
        var folder = module.Assembly.GetName().Name!.Replace("Platform.Modules.", "");
        var project = XDocument.Load(Directory.EnumerateFiles(Path.Combine(Root, "modules", folder), "*.csproj").Single());
        project.Descendants("ProjectReference").Select(r => r.Attribute("Include")!.Value.Replace('\\', '/'))
            .Should().OnlyContain(p => p.StartsWith("../../contracts/"));
    }

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void A_module_has_exactly_one_module_class_named_after_its_folder(string key)
    {
        var module = Modules.Value.Single(m => m.Key == key);
        var classes = module.Assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        classes.Should().ContainSingle();
        classes[0].IsSealed.Should().BeTrue();
        classes[0].Name.Should().Be(module.Assembly.GetName().Name!.Replace("Platform.Modules.", "") + "Module");
        key.Should().MatchRegex("^[a-z][a-z-]*$", "the key is the URL segment, configuration key and schema name");
    }

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void A_module_loads_in_its_own_context_and_shares_contract_types_with_the_host(string key)
    {
        var module = Modules.Value.Single(m => m.Key == key);
        System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(module.Assembly).Should().NotBe(System.Runtime.Loader.AssemblyLoadContext.Default);
        module.Module.Should().BeAssignableTo<IModule>("IModule must be one type for host and module");
    }

    [Fact]
    public void Contracts_hold_no_entities_and_reference_no_module_or_database()
    {
        var contracts = typeof(Platform.Contracts.Identity.ICurrentUser).Assembly;
        contracts.GetReferencedAssemblies().Select(a => a.Name!).Should().NotContain(n => n.StartsWith("Platform.") || n.Contains("EntityFrameworkCore"));
    }

    [Fact]
    public void Module_folders_hold_no_files_the_host_already_ships()
    {
        foreach (var folder in Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "modules")))
        {
            var files = Directory.GetFiles(folder, "*.dll").Select(Path.GetFileName);
            files.Should().NotContain(["Platform.Contracts.dll", "Platform.Modularity.dll", "MediatR.dll", "Microsoft.EntityFrameworkCore.dll"]);
        }

        var moduleDeps = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "modules"), "*.deps.json", SearchOption.AllDirectories);
        moduleDeps.Should().NotBeEmpty();
        foreach (var file in moduleDeps)
        {
            JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("targets").EnumerateObject().Should().NotBeEmpty();
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test output.");
    }
}
