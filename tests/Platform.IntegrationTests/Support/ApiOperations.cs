using System.Text;
using System.Text.Json.Nodes;

namespace Platform.IntegrationTests.Support;

/// <summary>One route of the OpenAPI document: its method, path template, parameters and the body it takes.</summary>
public sealed record ApiOperation(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonNode? Body, string? BodyMediaType)
{
    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A path or query parameter and its schema.</summary>
public sealed record ApiParameter(string Name, string In, JsonNode Schema);

/// <summary>A request ready to send again and again (the content is built per send), with what it tried.</summary>
public sealed record HostileRequest(string Method, string Url, byte[]? Body, string? ContentType, string Tried)
{
    public HttpRequestMessage Message()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    /// <summary>The body as text for a report, cut short (a 100,000-character string is shown by its start).</summary>
    public string BodyExcerpt => Body is null ? "(no body)" : Excerpt(Encoding.UTF8.GetString(Body), 300);

    public static string Excerpt(string text, int length) => text.Length <= length ? text : text[..length] + $"…({text.Length} chars)";
}

/// <summary>Ids a caller's hostile requests use where a route or a field names a record, by the list route that lists them.</summary>
public sealed class IdPool(IReadOnlyDictionary<string, IReadOnlyList<string>> byList)
{
    // A path parameter or body field whose own list route is missing is filled from the list that holds its records.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["clientId"] = "/api/v1/registry/clients", ["clientIds"] = "/api/v1/registry/clients", ["memberClientId"] = "/api/v1/registry/clients",
        ["workerId"] = "/api/v1/staff/accounts", ["companionIds"] = "/api/v1/staff/accounts", ["toWorkerId"] = "/api/v1/staff/accounts",
        ["workerIds"] = "/api/v1/staff/accounts", ["stationId"] = "/api/v1/staff/stations", ["toStationId"] = "/api/v1/staff/stations",
        ["/api/v1/staff/workers"] = "/api/v1/staff/accounts",
    };

    public IReadOnlyDictionary<string, IReadOnlyList<string>> ByList { get; } = byList;

    /// <summary>Ids for the parameter <paramref name="name"/> of a path whose template starts with <paramref name="prefix"/>.</summary>
    public IReadOnlyList<string> For(string prefix, string name)
    {
        if (ByList.TryGetValue(prefix, out var ids) && ids.Count > 0)
        {
            return ids;
        }

        if (Aliases.TryGetValue(prefix, out var list) || Aliases.TryGetValue(name, out list))
        {
            return ByList.GetValueOrDefault(list) ?? [];
        }

        return [];
    }

    public IReadOnlyList<string> ForField(string field) =>
        Aliases.TryGetValue(field, out var list) ? ByList.GetValueOrDefault(list) ?? [] : [];
}
