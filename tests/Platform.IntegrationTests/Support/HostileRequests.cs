using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Support;

/// <summary>
/// Reads the OpenAPI document and builds, per operation, a deterministic set of hostile requests from its schema: path
/// ids of other stations, unknown and huge; query values and JSON bodies valid-ish first, then mutated one field at a time
/// (wrong types, nulls also inside lists, numbers past their type's range, year-1/9999/garbage dates, unknown enum names
/// and numbers, 100,000-character and NUL/control-character strings), and whole bodies that are empty, deeply nested,
/// invalid UTF-8 or of the wrong content type. Uploads get junk multipart.
/// </summary>
public sealed class HostileRequests(JsonNode document)
{
    private static readonly string Huge = new('长', 100_000);

    private static readonly DateTimeOffset Now = new(2026, 6, 15, 10, 0, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<ApiOperation> Operations(JsonNode document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" || operation is null)
                {
                    continue;
                }

                var parameters = (operation["parameters"]?.AsArray() ?? [])
                    .Concat(item["parameters"]?.AsArray() ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), p["schema"] ?? new JsonObject()))
                    .ToList();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var (mediaType, body) = content?.FirstOrDefault() is { Key: { } key } first ? (key, first.Value?["schema"]) : (null, null);
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body, mediaType));
            }
        }

        return operations.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>At most <paramref name="budget"/> requests for <paramref name="operation"/>: the valid-ish one first, then a seeded sample of the mutations.</summary>
    public IReadOnlyList<HostileRequest> For(ApiOperation operation, IdPool ids, Random random, int budget)
    {
        var path = PathValues(operation, ids, random);
        var query = operation.Parameters.Where(p => p.In == "query").ToDictionary(p => p.Name, p => QueryValue(p, ids, random));
        var body = operation.Body is null ? null : Valid(operation.Body, "", ids, random, 0);
        var all = new List<HostileRequest> { Build(operation, path, query, body, "合理的请求") };

        foreach (var parameter in operation.PathParameters)
        {
            var prefix = Prefix(operation.Path, parameter.Name);
            // No %00 in a path: Kestrel refuses it with 400 before the app runs, and the test server throws instead.
            foreach (var value in ids.For(prefix, parameter.Name).Take(2).Concat(["no-such-id", "99999999999999999999", "-1", "0", "abc", "%FF%FE", "a%01b", new string('9', 400)]))
            {
                all.Add(Build(operation, new Dictionary<string, string>(path) { [parameter.Name] = value }, query, body, $"路径 {parameter.Name}={value}"));
            }
        }

        foreach (var parameter in query.Keys)
        {
            foreach (var value in HostileScalars(operation.Parameters.First(p => p.Name == parameter).Schema))
            {
                all.Add(Build(operation, path, new Dictionary<string, string>(query) { [parameter] = value }, body, $"查询 {parameter}"));
            }
        }

        if (operation.Body is not null)
        {
            all.AddRange(Bodies(operation, path, query, body));
        }

        return all.Take(1).Concat(all.Skip(1).OrderBy(_ => random.Next()).Take(Math.Max(0, budget - 1))).ToList();
    }

    private IEnumerable<HostileRequest> Bodies(ApiOperation operation, Dictionary<string, string> path, Dictionary<string, string> query, JsonNode? body)
    {
        if (operation.BodyMediaType is "multipart/form-data" or "application/x-www-form-urlencoded")
        {
            foreach (var (bytes, type, tried) in Multipart(operation.Body!))
            {
                yield return Build(operation, path, query, null, tried) with { Body = bytes, ContentType = type };
            }

            yield break;
        }

        var url = Build(operation, path, query, null, "").Url;
        var raw = new (string Text, string? Type, string Tried)[]
        {
            ("", "application/json", "空的请求体"),
            ("null", "application/json", "请求体为 null"),
            ("[]", "application/json", "请求体为空数组"),
            ("\"文本\"", "application/json", "请求体为字符串"),
            ("1e308", "application/json", "请求体为数字"),
            ("{\"a\":", "application/json", "截断的 JSON"),
            (new string('[', 200) + new string(']', 200), "application/json", "嵌套 200 层的数组"),
            (string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200), "application/json", "嵌套 200 层的对象"),
            (body?.ToJsonString() ?? "{}", "text/plain", "错误的内容类型 text/plain"),
            (body?.ToJsonString() ?? "{}", null, "没有内容类型"),
            ("<a>1</a>", "application/xml", "XML 请求体"),
        };
        foreach (var (text, type, tried) in raw)
        {
            yield return new HostileRequest(operation.Method, url, Encoding.UTF8.GetBytes(text), type, tried);
        }

        // Bytes no UTF-8 decoder accepts, inside a string and bare.
        yield return new HostileRequest(operation.Method, url, [.. "{\"x\":\""u8, 0xFF, 0xFE, 0xC0, 0x80, .. "\"}"u8], "application/json", "无效的 UTF-8 字节");
        yield return new HostileRequest(operation.Method, url, [0xEF, 0xBB, 0xBF, 0xFF, 0x00, 0x7B], "application/json", "无效的 UTF-8 字节（裸）");

        if (body is not JsonObject valid)
        {
            if (body is JsonArray list)
            {
                yield return new HostileRequest(operation.Method, url, Encoding.UTF8.GetBytes("[null]"), "application/json", "数组里的 null");
                yield return new HostileRequest(operation.Method, url, Encoding.UTF8.GetBytes($"[{list.FirstOrDefault()?.ToJsonString() ?? "1"},null,1,\"x\"]"), "application/json", "数组里混入 null 和其他类型");
            }

            yield break;
        }

        foreach (var (field, mutated) in FieldMutations(valid, Schema(operation.Body!)))
        {
            yield return new HostileRequest(operation.Method, url, Encoding.UTF8.GetBytes(mutated.ToJsonString()), "application/json", $"字段 {field}");
        }
    }

    /// <summary>The valid body with one field (top level, or inside the first element of a list of objects) replaced.</summary>
    private IEnumerable<(string Field, JsonNode Body)> FieldMutations(JsonObject valid, JsonNode? schema)
    {
        var properties = schema?["properties"]?.AsObject();
        if (properties is null)
        {
            yield break;
        }

        foreach (var (name, propertySchema) in properties)
        {
            var resolved = Schema(propertySchema);
            foreach (var value in HostileJson(resolved, valid[name]))
            {
                var copy = valid.DeepClone().AsObject();
                copy[name] = value;
                yield return ($"{name}={Describe(value)}", copy);
            }

            if (resolved?["items"] is { } items && Schema(items)?["properties"] is JsonObject)
            {
                var element = valid[name]?.AsArray().FirstOrDefault()?.AsObject();
                if (element is null)
                {
                    continue;
                }

                foreach (var (inner, mutated) in FieldMutations(element, Schema(items)).Where((_, i) => i % 3 == 0))
                {
                    var copy = valid.DeepClone().AsObject();
                    copy[name] = new JsonArray(mutated);
                    yield return ($"{name}[0].{inner}", copy);
                }
            }
        }
    }

    private static string Describe(JsonNode? value) => value is null ? "null" : HostileRequest.Excerpt(value.ToJsonString(), 60);

    /// <summary>What a field of this schema is given instead of its valid value.</summary>
    private IEnumerable<JsonNode?> HostileJson(JsonNode? schema, JsonNode? valid)
    {
        yield return null;
        var types = Types(schema);
        if (types.Contains("array"))
        {
            var item = valid?.AsArray().FirstOrDefault()?.DeepClone();
            yield return new JsonArray((JsonNode?)null);
            yield return new JsonArray(item, null);
            yield return new JsonArray(1, "x", true, new JsonObject());
            yield return JsonValue.Create("不是数组");
            yield return new JsonArray(Enumerable.Range(0, 300).Select(_ => item?.DeepClone() ?? JsonValue.Create("x")).ToArray());
            yield break;
        }

        if (types.Contains("object"))
        {
            yield return JsonValue.Create("不是对象");
            yield return new JsonArray();
            yield break;
        }

        if (schema?["enum"] is JsonArray)
        {
            yield return JsonValue.Create("nosuchvalue");
            yield return JsonValue.Create(99);
            yield return JsonValue.Create("99");
            yield return JsonValue.Create(-1);
            yield break;
        }

        var format = schema?["format"]?.GetValue<string>();
        if (format is "date" or "date-time")
        {
            foreach (var date in new[] { "0001-01-01", "9999-12-31", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2024-02-30", "不是日期", "2026-13-45T99:99:99" })
            {
                yield return JsonValue.Create(date);
            }

            yield return JsonValue.Create(20260101);
            yield break;
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            foreach (var number in new[] { "2147483648", "-2147483649", "9223372036854775808", "1e308", "-1e308", "-1", "0", "1.5", "79228162514264337593543950336" })
            {
                yield return JsonNode.Parse(number);
            }

            yield return JsonValue.Create("12abc");
            yield return JsonValue.Create(true);
            yield break;
        }

        if (types.Contains("boolean"))
        {
            yield return JsonValue.Create("maybe");
            yield return JsonValue.Create(2);
            yield break;
        }

        foreach (var text in new[] { Huge, "\0", "前\0后", "\u0001\u0008\u001b\u007f", "\ud800", "", "   ", "<script>alert(1)</script>", "'; DROP TABLE x; --" })
        {
            yield return JsonValue.Create(text);
        }

        yield return JsonValue.Create(12345);
        yield return new JsonObject { ["a"] = 1 };
        yield return new JsonArray("x");
    }

    /// <summary>Query values that are not what the parameter's schema takes, or lie past its range.</summary>
    private static IEnumerable<string> HostileScalars(JsonNode schema)
    {
        var types = Types(schema);
        var format = schema["format"]?.GetValue<string>();
        var common = new[] { "", "%00", "a%00b", "%01%1F", "%FF%FE", new string('长', 10_000), "nosuch" };
        var specific = format is "date" or "date-time"
            ? new[] { "0001-01-01", "9999-12-31", "2024-02-30", "not-a-date", "0001-01-01T00:00:00%2B14:00" }
            : types.Contains("integer") || types.Contains("number")
                ? ["2147483647", "2147483648", "-2147483648", "9223372036854775808", "1e308", "-1", "0", "1.5"]
                : types.Contains("boolean") ? ["maybe", "2"] : ["99", "-1", "'; --"];
        return specific.Concat(common);
    }

    private IEnumerable<(byte[] Body, string Type, string Tried)> Multipart(JsonNode schema)
    {
        var names = Schema(schema)?["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
        names = names.Count == 0 ? ["file"] : names;
        var junk = new byte[4096];
        new Random(7).NextBytes(junk);

        var files = new MultipartFormDataContent("hostile-boundary");
        foreach (var name in names)
        {
            files.Add(new ByteArrayContent(junk), name, "垃圾.png");
        }

        yield return (files.ReadAsByteArrayAsync().Result, files.Headers.ContentType!.ToString(), "垃圾文件的 multipart");

        var fields = new MultipartFormDataContent("hostile-boundary");
        foreach (var name in names)
        {
            fields.Add(new StringContent("\0" + Huge), name);
        }

        yield return (fields.ReadAsByteArrayAsync().Result, fields.Headers.ContentType!.ToString(), "文本代替文件");
        yield return ("--hostile-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\nabc"u8.ToArray(), "multipart/form-data; boundary=hostile-boundary", "截断的 multipart");
        yield return ([], "multipart/form-data; boundary=hostile-boundary", "空的 multipart");
        yield return ("{}"u8.ToArray(), "multipart/form-data", "没有分隔符的 multipart");
        yield return ("{}"u8.ToArray(), "application/json", "JSON 代替 multipart");
    }

    /// <summary>A plausible value for a schema: what a well-meaning client would send, ids from the pool.</summary>
    private JsonNode? Valid(JsonNode schema, string name, IdPool ids, Random random, int depth)
    {
        var resolved = Schema(schema);
        if (resolved is null || depth > 4)
        {
            return null;
        }

        if (resolved["enum"] is JsonArray values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        var types = Types(resolved);
        var format = resolved["format"]?.GetValue<string>();
        if (types.Contains("array"))
        {
            var itemSchema = resolved["items"];
            if (itemSchema is null)
            {
                return new JsonArray();
            }

            var pool = ids.ForField(name);
            if (pool.Count > 0 && Types(Schema(itemSchema)).Contains("string"))
            {
                return new JsonArray(pool.Take(2).Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());
            }

            return new JsonArray(Valid(itemSchema, name, ids, random, depth + 1), Valid(itemSchema, name, ids, random, depth + 1));
        }

        if (types.Contains("object") || resolved["properties"] is not null)
        {
            var result = new JsonObject();
            foreach (var (property, propertySchema) in resolved["properties"]?.AsObject() ?? [])
            {
                result[property] = Valid(propertySchema!, property, ids, random, depth + 1);
            }

            return result;
        }

        if (format == "date")
        {
            return JsonValue.Create(DateOnly.FromDateTime(Now.DateTime.AddDays(-random.Next(1, 20))).ToString("yyyy-MM-dd"));
        }

        if (format == "date-time")
        {
            return JsonValue.Create(Now.AddDays(-random.Next(1, 20)));
        }

        if (types.Contains("integer") || types.Contains("number"))
        {
            return JsonValue.Create(random.Next(1, 4));
        }

        if (types.Contains("boolean"))
        {
            return JsonValue.Create(random.Next(2) == 0);
        }

        var field = ids.ForField(name);
        return JsonValue.Create(field.Count > 0 ? field[random.Next(field.Count)] : $"测试{name}");
    }

    private string QueryValue(ApiParameter parameter, IdPool ids, Random random)
    {
        var value = Valid(parameter.Schema, parameter.Name, ids, random, 0);
        return value is JsonValue scalar ? scalar.ToString() : "1";
    }

    private static Dictionary<string, string> PathValues(ApiOperation operation, IdPool ids, Random random)
    {
        return operation.PathParameters.ToDictionary(p => p.Name, p =>
        {
            var pool = ids.For(Prefix(operation.Path, p.Name), p.Name);
            return pool.Count > 0 ? pool[random.Next(pool.Count)] : Types(p.Schema).Contains("integer") ? "1" : "no-such-id";
        });
    }

    /// <summary>The template up to a parameter: <c>/api/v1/socialwork/visits</c> for <c>{id}</c> of <c>/api/v1/socialwork/visits/{id}/withdraw</c>.</summary>
    public static string Prefix(string template, string parameter)
    {
        var at = template.IndexOf("{" + parameter, StringComparison.Ordinal);
        return at <= 0 ? template : template[..(at - 1)];
    }

    private static HostileRequest Build(ApiOperation operation, Dictionary<string, string> path, Dictionary<string, string> query, JsonNode? body, string tried)
    {
        var url = operation.Path;
        foreach (var (name, value) in path)
        {
            url = System.Text.RegularExpressions.Regex.Replace(url, "\\{" + name + "(:[^}]*)?\\}", Escape(value));
        }

        if (query.Count > 0)
        {
            url += "?" + string.Join("&", query.Select(q => $"{q.Key}={Escape(q.Value)}"));
        }

        var bytes = body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString());
        return new HostileRequest(operation.Method, url, bytes, bytes is null ? null : "application/json", tried);
    }

    /// <summary>Values already percent-encoded on purpose (<c>%00</c>, <c>%FF</c>) are sent as they are.</summary>
    private static string Escape(string value) =>
        value.Contains('%', StringComparison.Ordinal) ? value : Uri.EscapeDataString(value);

    /// <summary>A schema with its <c>$ref</c> followed and a nullable <c>oneOf</c>/<c>anyOf</c> reduced to its non-null member.</summary>
    private JsonNode? Schema(JsonNode? schema)
    {
        for (var hops = 0; schema is not null && hops < 10; hops++)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = reference.Split('/').Skip(1).Aggregate((JsonNode?)document, (node, part) => node?[part]);
                continue;
            }

            if ((schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) is JsonArray choices)
            {
                schema = choices.FirstOrDefault(c => !Types(c).SequenceEqual(["null"])) ?? choices.FirstOrDefault();
                continue;
            }

            return schema;
        }

        return schema;
    }

    private static IReadOnlyList<string> Types(JsonNode? schema) => schema?["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        JsonValue one when one.GetValueKind() == JsonValueKind.String => [one.GetValue<string>()],
        _ => [],
    };
}
