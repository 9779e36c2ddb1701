using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Platform.Host.Composition;

/// <summary>
/// What no field of any request may hold, whatever the request's own rules say, found once for every request instead of
/// in each handler (a hostile probe of every route found each of these answering 500):
/// a null inside a list (<c>"clientIds": [null]</c>); a NUL or another control character in text (PostgreSQL refuses NUL
/// in text columns and parameters, so a search for <c>"\0"</c> failed there); half a surrogate pair; a date so far out that
/// a handler's "the day after" or "at +08:00" overflows (year 1, year 9999); a fractional number too large to add up.
/// A null where the request declares a text or a list that is never null (<c>"workerIds": null</c>) is read as empty, so
/// the request's own rule ("请选择…") answers it. Nested records and lists are searched four levels deep.
/// </summary>
internal static class InputValues
{
    private const int Depth = 4;

    // Far enough out for any birth date (ID numbers start at 1880) or plan, near enough that adding days or an offset never overflows.
    private static readonly DateOnly Earliest = new(1800, 1, 1);

    private static readonly DateOnly Latest = new(2199, 12, 31);

    // No count of hours, people or money here comes near a billion; past it, sums and conversions overflow.
    private const double Largest = 1_000_000_000;

    private static readonly ConcurrentDictionary<Type, Field[]> Fields = new();

    private sealed record Field(PropertyInfo Property, string Name, bool NeverNull);

    /// <summary>Whether a request of this type holds anything to look at (a text, a date, a number with a fraction, a list, a record).</summary>
    public static bool Carries(Type type) => FieldsOf(type).Length > 0;

    /// <summary>The faults of <paramref name="request"/> by camelCase field (<c>needs[0].kind</c>), after nulls declared impossible are read as empty.</summary>
    public static Dictionary<string, string[]> Faults(object request)
    {
        var faults = new Dictionary<string, string[]>();
        Visit(request, "", 0, faults);
        return faults;
    }

    private static void Visit(object value, string prefix, int depth, Dictionary<string, string[]> faults)
    {
        if (depth >= Depth)
        {
            return;
        }

        foreach (var field in FieldsOf(value.GetType()))
        {
            var name = prefix + field.Name;
            var current = field.Property.GetValue(value);
            if (current is null && field.NeverNull && Empty(field.Property.PropertyType) is { } empty && field.Property.CanWrite)
            {
                field.Property.SetValue(value, empty);
                continue;
            }

            Check(current, name, depth, faults);
        }
    }

    private static void Check(object? value, string field, int depth, Dictionary<string, string[]> faults)
    {
        switch (value)
        {
            case null:
                break;
            case string text when Fault(text) is { } fault:
                faults[field] = [$"“{field}”{fault}"];
                break;
            case string:
                break;
            case DateOnly day when day < Earliest || day > Latest:
            case DateTime at when at.Year < Earliest.Year || at.Year > Latest.Year:
            case DateTimeOffset moment when moment.Year < Earliest.Year || moment.Year > Latest.Year:
                faults[field] = [$"“{field}”不是可用的日期，请填写 {Earliest:yyyy-MM-dd} 至 {Latest:yyyy-MM-dd} 之间的日期。"];
                break;
            case double number when !double.IsFinite(number) || Math.Abs(number) > Largest:
            case float single when !float.IsFinite(single) || Math.Abs(single) > Largest:
            case decimal amount when Math.Abs(amount) > (decimal)Largest:
                faults[field] = [$"“{field}”的数值超出范围，请填写合理的数值。"];
                break;
            case IEnumerable items when value.GetType().Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true || value is Array:
                var index = 0;
                foreach (var item in items)
                {
                    var element = $"{field}[{index++}]";
                    if (item is null)
                    {
                        faults[element] = [$"“{element}”不能为空，请删除空的一项后重试。"];
                    }
                    else
                    {
                        Check(item, element, depth + 1, faults);
                    }
                }

                break;
            case var nested when IsRecord(nested.GetType()):
                Visit(nested, field + ".", depth + 1, faults);
                break;
        }
    }

    /// <summary>Tab, line breaks and every printable character are text; NUL, the other C0 controls, DEL and half a surrogate pair are not.</summary>
    private static string? Fault(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return "含有空字符（\\0），无法保存，请删除后重试。";
            }

            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || c == '\u007f')
            {
                return $"含有控制字符（U+{(int)c:X4}），请删除后重试。";
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "含有无法识别的字符，请删除后重试。";
            }
        }

        return null;
    }

    /// <summary>The empty value a never-null text or list is read as; null for anything else (a record is not invented).</summary>
    private static object? Empty(Type type)
    {
        if (type == typeof(string))
        {
            return "";
        }

        if (type.IsArray)
        {
            return Array.CreateInstance(type.GetElementType()!, 0);
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var item = type.GetGenericArguments()[0];
        var list = typeof(List<>).MakeGenericType(item);
        return type.IsAssignableFrom(list) ? Activator.CreateInstance(list) : null;
    }

    private static Field[] FieldsOf(Type type) =>
        Fields.GetOrAdd(type, t =>
        {
            var nullability = new NullabilityInfoContext();
            return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && Looked(p.PropertyType))
                .Select(p => new Field(p, JsonNamingPolicy.CamelCase.ConvertName(p.Name), !p.PropertyType.IsValueType && nullability.Create(p).ReadState == NullabilityState.NotNull))
                .ToArray();
        });

    private static bool Looked(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            || type == typeof(double) || type == typeof(float) || type == typeof(decimal)
            || (typeof(IEnumerable).IsAssignableFrom(type) && (type.IsArray || type.Namespace?.StartsWith("System.Collections", StringComparison.Ordinal) == true))
            || IsRecord(type);
    }

    /// <summary>The platform's own request and input types are searched; framework types (files, streams) are not.</summary>
    private static bool IsRecord(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Platform.", StringComparison.Ordinal) == true && !typeof(IEnumerable).IsAssignableFrom(type);
}
