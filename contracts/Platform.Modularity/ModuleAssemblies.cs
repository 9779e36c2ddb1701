using System.Reflection;

namespace Platform.Modularity;

/// <summary>The assemblies of the enabled modules, as the host loaded them (each may live in its own load context).</summary>
public sealed class ModuleAssemblies(IReadOnlyList<Assembly> assemblies)
{
    /// <summary>Every enabled module assembly.</summary>
    public IReadOnlyList<Assembly> All { get; } = assemblies;

    /// <summary>The loaded module assembly of that name, if any.</summary>
    public Assembly? Find(AssemblyName name) => All.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()));
}
