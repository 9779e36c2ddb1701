using Platform.Modularity.Data;

namespace Platform.Modularity.Web;

/// <summary>What the pager under a list shows: how many rows in all, which page, how many a page holds.</summary>
/// <param name="Total">How many rows the filters find.</param>
/// <param name="Page">The page shown (from 1).</param>
/// <param name="PageSize">How many rows a page holds.</param>
/// <param name="TotalIsAtLeast">The count stopped at a limit: "共 N 条以上".</param>
public sealed record ListPager(int Total, int Page, int PageSize, bool TotalIsAtLeast = false)
{
    /// <summary>The page sizes a person may choose.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [10, 20, 50, 100];

    /// <summary>How many rows a page holds when the query asks for none, or for a size not offered.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>How many pages the list has (at least one).</summary>
    public int PageCount => PageSize <= 0 || Total <= 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>The pager of a page of rows.</summary>
    public static ListPager Of<T>(Paged<T> paged) => new(paged.Total, paged.Page, paged.PageSize);

    /// <summary>
    /// The page size a query asked for, if it is one offered; otherwise the default. (The queries clamp to 1–100 again,
    /// for the API, which may ask for any size in that range.)
    /// </summary>
    public static int SizeOf(int? requested, int fallback = DefaultPageSize) =>
        requested is { } size && PageSizes.Contains(size) ? size : fallback;

    /// <summary>The page numbers to link to: the first, the last, and two either side of this one; 0 marks a gap ("…").</summary>
    public IReadOnlyList<int> Numbers()
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var n = Math.Max(1, Page - 2); n <= Math.Min(PageCount, Page + 2); n++)
        {
            shown.Add(n);
        }

        var numbers = new List<int>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous > 1)
            {
                numbers.Add(0);
            }

            numbers.Add(n);
            previous = n;
        }

        return numbers;
    }
}
