using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Platform.Modularity;

/// <summary>
/// Registrations every module gets by convention (Scrutor scans the module's own assembly), so a module
/// class only registers what is particular to it: demo data parts, its jobs so they can be resolved
/// with their dependencies, and its client files.
/// </summary>
public static class ModuleConventions
{
    /// <summary>Scans <paramref name="moduleAssembly"/> for the conventional types and registers them.</summary>
    public static IServiceCollection AddModuleConventions(this IServiceCollection services, Assembly moduleAssembly) =>
        services.Scan(scan => scan
            .FromAssemblies(moduleAssembly)
            .AddClasses(c => c.AssignableTo<IDemoData>(), publicOnly: false)
            .As<IDemoData>()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IJob>(), publicOnly: false)
            .AsSelf()
            .WithTransientLifetime()
            .AddClasses(c => c.AssignableTo<ClientFiles.IClientFiles>(), publicOnly: false)
            .AsSelf()
            .WithScopedLifetime());
}
