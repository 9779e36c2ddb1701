using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Host.Modules;

namespace Platform.ArchitectureTests;

/// <summary>The modules the loader finds in the build output, once for every architecture test.</summary>
internal static class LoadedModules
{
    private static readonly Lazy<IReadOnlyList<LoadedModule>> Loaded = new(() =>
        ModuleCatalog.Load(new ConfigurationBuilder().Build(), NullLogger.Instance).All);

    public static IReadOnlyList<LoadedModule> All => Loaded.Value;

    public static LoadedModule Of(string key) => All.Single(m => m.Key == key);

    /// <summary>Module keys as theory data; only the domain modules (those that may be switched off) when asked.</summary>
    public static TheoryData<string> Keys(bool domainOnly = false)
    {
        var data = new TheoryData<string>();
        foreach (var module in All.Where(m => !domainOnly || !m.Module.IsCore))
        {
            data.Add(module.Key);
        }

        return data;
    }
}
