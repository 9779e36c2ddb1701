using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Platform.Host.Composition;

/// <summary>
/// Finds the enum values in a request that their enum does not name. A JSON body takes names only, but a form field or a
/// query string "99" binds to an undefined <c>CaseDocumentKind</c>; stored, it would be shown to everyone who opens the list.
/// Nested records and lists are searched too (a visit's needs, an activity's sessions), three levels deep.
/// </summary>
internal static class EnumValues
{
    private const int Depth = 3;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Carriers = new();

    /// <summary>Whether a request of this type can hold an enum value at all (most cannot, and are not searched).</summary>
    public static bool Carries(Type type) => Properties(type).Length > 0;

    /// <summary>The fields, camelCase as the API names them (<c>needs[0].priority</c>), holding a value no name stands for.</summary>
    public static IEnumerable<string> Undefined(object request) => Undefined(request, "", 0);

    private static IEnumerable<string> Undefined(object value, string prefix, int depth)
    {
        if (depth >= Depth)
        {
            yield break;
        }

        foreach (var property in Properties(value.GetType()))
        {
            var field = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            switch (property.GetValue(value))
            {
                case null:
                    break;
                case Enum named:
                    if (!IsNamed(named))
                    {
                        yield return field;
                    }

                    break;
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        foreach (var undefined in Item(item, $"{field}[{index++}]", depth))
                        {
                            yield return undefined;
                        }
                    }

                    break;
                case var nested:
                    foreach (var undefined in Undefined(nested, field + ".", depth + 1))
                    {
                        yield return undefined;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<string> Item(object? item, string field, int depth) => item switch
    {
        null => [],
        Enum named => IsNamed(named) ? [] : [field],
        _ => Undefined(item, field + ".", depth + 1),
    };

    private static bool IsNamed(Enum value)
    {
        var type = value.GetType();
        if (!type.IsDefined(typeof(FlagsAttribute)))
        {
            return Enum.IsDefined(type, value);
        }

        var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0UL, (bits, flag) => bits | Convert.ToUInt64(flag, null));
        return (Convert.ToUInt64(value, null) & ~all) == 0;
    }

    private static PropertyInfo[] Properties(Type type) =>
        Carriers.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && Reaches(p.PropertyType, 0))
            .ToArray());

    private static bool Reaches(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return true;
        }

        if (type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("Platform.", StringComparison.Ordinal) != true && !IsList(type))
        {
            return false;
        }

        if (IsList(type))
        {
            var item = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            return item is not null && Reaches(item, depth);
        }

        return depth + 1 < Depth && type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Any(p => p.GetIndexParameters().Length == 0 && p.PropertyType != type && Reaches(p.PropertyType, depth + 1));
    }

    private static bool IsList(Type type) =>
        type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type));
}
