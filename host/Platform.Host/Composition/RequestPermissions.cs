using System.Reflection;
using MediatR;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;

namespace Platform.Host.Composition;

/// <summary>What the architecture tests check of every request type: it declares a permission that exists, and an owner rule only with the record it names.</summary>
public static class RequestPermissions
{
    private static readonly string[] PlatformCodes = [Access.Anyone, Access.SignedIn, Access.System];

    /// <summary>The MediatR request types of an assembly.</summary>
    public static IEnumerable<Type> RequestTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsAbstract && !t.IsInterface && typeof(IBaseRequest).IsAssignableFrom(t));

    /// <summary>One line for each request that declares nothing, names a permission not in <paramref name="defined"/>, or an owner rule without a record.</summary>
    public static IEnumerable<string> Problems(IEnumerable<Type> requests, IEnumerable<string> defined)
    {
        var known = defined.Concat(PlatformCodes).ToHashSet();
        foreach (var type in requests)
        {
            var declared = type.GetCustomAttribute<RequiresAttribute>();
            if (declared is null)
            {
                yield return $"{type.FullName} declares no [Requires]";
            }
            else if (!known.Contains(declared.Permission))
            {
                yield return $"{type.FullName} requires {declared.Permission}, which its module does not define";
            }
            else if (declared.Owner != Ownership.Any && (!typeof(IAboutRecord).IsAssignableFrom(type) || declared.Record is null || !typeof(IOwnedRecord).IsAssignableFrom(declared.Record)))
            {
                yield return $"{type.FullName} declares an owner rule but names no record (IAboutRecord and an IOwnedRecord type)";
            }
        }
    }
}
