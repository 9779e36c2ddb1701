using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Exports;

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

    /// <summary>
    /// 导出 Excel: every row the list's search finds, in the list's order, read a page of 100 at a time through the same
    /// request the page shows (so the file and the page agree on filter, station scope and sort), at most
    /// <see cref="ListExported.MostRows"/>; the export is audited. The file is named after the list and the day.
    /// </summary>
    protected async Task<IActionResult> ExportAsync<T>(string list, Func<int, int, Task<Paged<T>>> readPage, IReadOnlyList<ExportColumn<T>> columns)
    {
        var rows = new List<T>();
        for (var page = 1; rows.Count < ListExported.MostRows; page++)
        {
            var found = await readPage(page, ExportPageSize);
            rows.AddRange(found.Items.Take(ListExported.MostRows - rows.Count));
            if (found.Page >= found.PageCount || found.Items.Count == 0)
            {
                break;
            }
        }

        var file = await Spreadsheet.XlsxAsync(rows, columns, list, HttpContext.RequestAborted);
        var services = HttpContext.RequestServices;
        await services.GetRequiredService<IMediator>().Send(new ListExported(list, Request.QueryString.Value ?? "", rows.Count), HttpContext.RequestAborted);
        return File(file, XlsxType, $"{list}-{LocalTime.Today(services.GetRequiredService<TimeProvider>()):yyyyMMdd}.xlsx");
    }

    /// <summary>The 站点 column of an export for those who see several stations, as the table draws it; none for the others.</summary>
    protected IEnumerable<ExportColumn<T>> StationColumn<T>(Func<T, string> stationOf)
    {
        var names = StationNames;
        return Stations.Count > 1 ? [new ExportColumn<T>("站点", row => names.GetValueOrDefault(stationOf(row), ""))] : [];
    }

    private const int ExportPageSize = 100;

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
