using Platform.Modularity;
using Quartz.Extensibility;

namespace Platform.Host.Jobs;

/// <summary>Resolves job types stored by name: the host's own, and those of modules loaded into their own load contexts.</summary>
internal sealed class ModuleTypeLoader(ModuleAssemblies modules) : ITypeLoader
{
    public Type? LoadType(string? name) =>
        string.IsNullOrEmpty(name)
            ? null
            : modules.ResolveType(name) ?? throw new TypeLoadException($"Job type {name} is not loaded (its module may be disabled).");
}
