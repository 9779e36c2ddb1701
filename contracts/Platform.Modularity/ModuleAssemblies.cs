using System.Reflection;

namespace Platform.Modularity;

/// <summary>The assemblies of the enabled modules, as the host loaded them (each may live in its own load context).</summary>
public sealed class ModuleAssemblies(IReadOnlyList<Assembly> assemblies, IReadOnlyCollection<string> keys)
{
    /// <summary>Every enabled module assembly.</summary>
    public IReadOnlyList<Assembly> All { get; } = assemblies;

    /// <summary>The keys of the enabled modules: what a module shows of others' contributions (timeline entries, say) is limited to these.</summary>
    public IReadOnlyCollection<string> EnabledKeys { get; } = keys;

    /// <summary>The loaded module assembly of that name, if any.</summary>
    public Assembly? Find(AssemblyName name) => All.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(name, a.GetName()));

    /// <summary>
    /// A type stored by its assembly-qualified name (outbox messages, Quartz jobs): found in an enabled
    /// module's own load context, or in the host's; null when neither has it (a disabled module's type).
    /// </summary>
    public Type? ResolveType(string assemblyQualifiedName) =>
        Type.GetType(assemblyQualifiedName, name => Find(name) ?? LoadFromHost(name), null, throwOnError: false);

    private static Assembly? LoadFromHost(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
