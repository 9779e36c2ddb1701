using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Modularity;

namespace Platform.ArchitectureTests;

/// <summary>
/// A module's types are internal unless the platform needs them public: its module class, its page models, and what
/// those show or bind in their public members (a page's view, the request its form binds). Everything another module
/// may use is in contracts, so a public type in a module is either needed by its pages or a door left open.
/// </summary>
public sealed class PublicSurfaceTests
{
    public static TheoryData<string> ModuleKeys() => LoadedModules.Keys();

    [Theory]
    [MemberData(nameof(ModuleKeys))]
    public void A_module_makes_public_only_its_module_class_its_page_models_and_what_they_expose(string key)
    {
        var assembly = LoadedModules.Of(key).Assembly;
        var needed = PublicSurface.Needed(assembly);
        // EF generates migrations public; they expose nothing and are found by their attributes.
        string.Join(", ", assembly.GetExportedTypes().Where(t => !needed.Contains(t) && !typeof(Migration).IsAssignableFrom(t)).Select(t => t.Name).Order()).Should()
            .BeEmpty($"{key}'s types are internal unless its module class or a page model needs them public");
    }

    [Fact]
    public void A_public_type_nothing_needs_is_found()
    {
        var found = typeof(PublicSurfaceTests).Assembly.GetExportedTypes().Except(PublicSurface.Needed(typeof(PublicSurfaceTests).Assembly));
        found.Should().Contain(typeof(LeftOpen)).And.NotContain(typeof(ShownOnAPage), "a page model's public property needs its type public");
    }

    public sealed record LeftOpen(string Text);

    public sealed record ShownOnAPage(string Text);

    public sealed class APageModel : PageModel
    {
        public ShownOnAPage Shown { get; } = new("x");
    }
}

/// <summary>The types a module must keep public: the roots the platform finds by reflection, and every type their public members expose, transitively.</summary>
internal static class PublicSurface
{
    public static HashSet<Type> Needed(Assembly assembly)
    {
        var needed = new HashSet<Type>();
        var pending = new Queue<Type>(assembly.GetExportedTypes().Where(t => typeof(IModule).IsAssignableFrom(t) || typeof(PageModel).IsAssignableFrom(t)));
        while (pending.TryDequeue(out var type))
        {
            if (type.Assembly != assembly || !needed.Add(type))
            {
                continue;
            }

            foreach (var exposed in Exposed(type))
            {
                pending.Enqueue(exposed);
            }
        }

        return needed;
    }

    private static IEnumerable<Type> Exposed(Type type)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var direct = new List<Type>();
        if (type.BaseType is { } baseType)
        {
            direct.Add(baseType);
        }

        direct.AddRange(type.GetInterfaces());
        direct.AddRange(type.GetProperties(Members).Select(p => p.PropertyType));
        direct.AddRange(type.GetFields(Members).Select(f => f.FieldType));
        foreach (var method in type.GetMethods(Members).Cast<MethodBase>().Concat(type.GetConstructors()))
        {
            direct.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method is MethodInfo info)
            {
                direct.Add(info.ReturnType);
            }
        }

        if (type.DeclaringType is { } outer)
        {
            direct.Add(outer);
        }

        return direct.SelectMany(Unwrap);
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition()) : [type];
    }
}
