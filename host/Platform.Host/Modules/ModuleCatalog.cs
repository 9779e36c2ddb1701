using System.Reflection;
using Platform.Modularity;

namespace Platform.Host.Modules;

/// <summary>A module found on disk (or named by configuration), whether enabled, and why not.</summary>
public sealed record LoadedModule(IModule Module, Assembly Assembly, bool Enabled)
{
    /// <summary>The module key.</summary>
    public string Key => Module.Key;
}

/// <summary>
/// Finds the module assemblies under <c>modules/&lt;Folder&gt;/</c> next to the host (plus any that
/// <c>Platform:Modules:AdditionalAssemblies</c> names, and the module folders <c>Platform:Modules:Paths</c> lists), creates each module class, and reads
/// <c>Platform:Modules:&lt;Key&gt;:Enabled</c>. Core modules stay enabled whatever the setting says.
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<LoadedModule> all) => All = all;

    /// <summary>Every module found, enabled or not.</summary>
    public IReadOnlyList<LoadedModule> All { get; }

    /// <summary>The modules that run.</summary>
    public IEnumerable<LoadedModule> Enabled => All.Where(m => m.Enabled);

    /// <summary>Discovers and loads the modules.</summary>
    public static ModuleCatalog Load(IConfiguration configuration, ILogger log)
    {
        var hostAssemblies = ModuleLoadContext.HostAssemblyNames();
        var assemblies = new List<Assembly>();
        var root = Path.Combine(AppContext.BaseDirectory, "modules");
        var folders = Directory.Exists(root) ? Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).ToList() : [];

        // Module folders deployed elsewhere (a module built apart from the platform, e.g. by dotnet new platform-module).
        folders.AddRange(configuration.GetSection("Platform:Modules:Paths").Get<string[]>() ?? []);
        {
            foreach (var folder in folders)
            {
                var main = Directory.EnumerateFiles(folder, "Platform.Modules.*.dll")
                    .FirstOrDefault(f => File.Exists(Path.ChangeExtension(f, ".deps.json")));
                if (main is null)
                {
                    continue;
                }

                var context = new ModuleLoadContext(main, hostAssemblies);
                assemblies.Add(context.LoadFromAssemblyPath(main));
            }
        }

        foreach (var name in configuration.GetSection("Platform:Modules:AdditionalAssemblies").Get<string[]>() ?? [])
        {
            assemblies.Add(Assembly.Load(name));
        }

        var modules = new List<LoadedModule>();
        foreach (var assembly in assemblies)
        {
            foreach (var type in assembly.GetTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }))
            {
                var module = (IModule)Activator.CreateInstance(type)!;
                var wanted = configuration.GetValue($"Platform:Modules:{module.Key}:Enabled", true);
                if (!wanted && module.IsCore)
                {
                    log.LogWarning("模块 {Key}（{Name}）是核心模块，不能停用；配置中的 Enabled=false 已忽略。", module.Key, module.Name);
                }

                modules.Add(new LoadedModule(module, assembly, wanted || module.IsCore));
            }
        }

        var duplicate = modules.GroupBy(m => m.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two modules share the key '{duplicate.Key}'.");
        }

        foreach (var module in modules)
        {
            log.LogInformation("Module {Key} ({Name}) {State}", module.Key, module.Module.Name, module.Enabled ? "enabled" : "disabled");
        }

        return new ModuleCatalog(modules.OrderBy(m => m.Module.IsCore ? 0 : 1).ThenBy(m => m.Key, StringComparer.Ordinal).ToList());
    }
}
