using System.Reflection;
using System.Runtime.Loader;

namespace Platform.Host.Modules;

/// <summary>
/// One load context per module. Anything the host already has (contracts, MediatR, EF Core, ASP.NET)
/// is handed to the default context so that types are shared; the module's private packages load
/// from its own folder, so two modules may carry different versions of them.
/// </summary>
internal sealed class ModuleLoadContext(string mainAssemblyPath, ISet<string> hostAssemblies)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is not null && hostAssemblies.Contains(assemblyName.Name))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    /// <summary>Names of the assemblies the host process can load itself: the framework and the app folder.</summary>
    public static ISet<string> HostAssemblyNames()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in trusted.Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")))
        {
            names.Add(Path.GetFileNameWithoutExtension(file));
        }

        return names;
    }
}
