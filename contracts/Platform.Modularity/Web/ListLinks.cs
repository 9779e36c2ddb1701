using Microsoft.AspNetCore.Http;

namespace Platform.Modularity.Web;

/// <summary>Links to the same list with some query values changed (another page, sort or size), the other filters kept.</summary>
public static class ListLinks
{
    /// <summary>
    /// This request's path and query with <paramref name="changes"/> set (a null or empty value removes the key).
    /// Empty values already in the query are left out, so links do not carry <c>stationId=</c> along.
    /// </summary>
    public static string With(HttpRequest request, params (string Key, string? Value)[] changes)
    {
        var values = request.Query
            .Where(q => !changes.Any(c => string.Equals(c.Key, q.Key, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(changes.Where(c => !string.IsNullOrEmpty(c.Value)).Select(c => new KeyValuePair<string, string?>(c.Key, c.Value)));
        return request.PathBase + request.Path + QueryString.Create(values);
    }

    /// <summary>The query values a form must carry along (as hidden fields) when it changes only <paramref name="except"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Kept(HttpRequest request, params string[] except) =>
        request.Query
            .Where(q => !except.Contains(q.Key, StringComparer.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string>(q.Key, v!)));

    /// <summary>
    /// Another address (an export) with this list's filters and sort, but not its page or page size: an export holds
    /// every row the filters find, not one page of them.
    /// </summary>
    public static string Export(HttpRequest request, string path) =>
        request.PathBase + path + QueryString.Create(Kept(request, "page", "pageSize", "handler").Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));

    /// <summary>This list's own 导出 Excel (its page's <c>Export</c> handler), with the filters and sort as <see cref="Export"/> keeps them.</summary>
    public static string ExportHandler(HttpRequest request) =>
        request.PathBase + request.Path + QueryString.Create(Kept(request, "page", "pageSize", "handler")
            .Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)).Append(new("handler", "Export")));

    /// <summary>
    /// The page a list's query asks for (<c>page</c>), 1 when it names none or no number. Read from the query itself:
    /// in Razor Pages the route value "page" is the page's own name ("/Clients/Index"), which model binding would try first.
    /// </summary>
    public static int PageOf(HttpRequest request) =>
        int.TryParse(request.Query["page"].ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : 1;
}
