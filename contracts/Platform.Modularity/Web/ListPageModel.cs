using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Modularity.Web;
using Platform.Contracts.Staff;

namespace Platform.Modularity.Web;

/// <summary>
/// A list page: what every list reads from its query — the 站点 filter, the sort, the page and its size. An empty or
/// malformed value is no filter (or the default), never an error: <c>stationId=</c> lists every station.
/// </summary>
public abstract class ListPageModel : PageModel
{
    /// <summary>One station, for those who see several; the page passes it on only to them.</summary>
    [BindProperty(SupportsGet = true)]
    public string? StationId { get; set; }

    /// <summary>The column to sort by, looked up in the list's <see cref="SortColumns{T}"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    /// <summary>The page asked for (<c>page</c>); one out of range reads the nearest.</summary>
    public int PageNumber => ListLinks.PageOf(Request);

    /// <summary>The page size asked for (<c>pageSize</c>); one not offered reads the default.</summary>
    [BindProperty(SupportsGet = true)]
    public int? PageSize { get; set; }

    /// <summary>The page size to ask for: one of <see cref="ListPager.PageSizes"/>.</summary>
    public int Size => ListPager.SizeOf(PageSize);

    /// <summary>The stations of the 站点 filter: empty for those who see only their own, so no filter is drawn.</summary>
    public IReadOnlyList<StationSummary> Stations { get; protected set; } = [];

    /// <summary>Station names by id, for the 站点 column.</summary>
    public IReadOnlyDictionary<string, string> StationNames => Stations.ToDictionary(s => s.Id, s => s.Name);

    /// <summary>The chosen station, or null when none is (or the reader sees only theirs).</summary>
    public string? StationFilter => Stations.Count > 0 && !string.IsNullOrWhiteSpace(StationId) ? StationId.Trim() : null;
}
