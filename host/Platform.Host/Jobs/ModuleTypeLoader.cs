using Platform.Modularity;
using Quartz.Extensibility;

namespace Platform.Host.Jobs;

/// <summary>Resolves job types stored by name, including those of modules loaded into their own load contexts.</summary>
internal sealed class ModuleTypeLoader(ModuleAssemblies modules) : ITypeLoader
{
    public Type? LoadType(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return Type.GetType(name, modules.Find, null, throwOnError: false)
            ?? throw new TypeLoadException($"Job type {name} is not loaded (its module may be disabled).");
    }
}
