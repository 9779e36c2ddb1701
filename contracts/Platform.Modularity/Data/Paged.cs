using Microsoft.EntityFrameworkCore;

namespace Platform.Modularity.Data;

/// <summary>One page of a list: its items, how many there are in all, which page this is and how many a page holds.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    /// <summary>How many pages the list has (at least one, the empty page of an empty list).</summary>
    public int PageCount => PageSize <= 0 || Total <= 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>The same page with each item turned into what the page or API shows.</summary>
    public Paged<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Page, PageSize);
}

/// <summary>Counts a query and reads one page of it, the same way for every list.</summary>
public static class Paging
{
    /// <summary>
    /// How many rows come before page <paramref name="page"/> of <paramref name="size"/>: a page before the first is the
    /// first, and a page so far out that the product passes int (page 2147483647) reads past the end, never a negative
    /// offset (which PostgreSQL refuses) or an overflow.
    /// </summary>
    public static int Offset(int page, int size) => (int)Math.Min(((long)Math.Max(1, page) - 1) * Math.Max(1, size), int.MaxValue);

    /// <summary>
    /// The page <paramref name="page"/> of <paramref name="ordered"/> (already ordered): the size is kept within
    /// 1–<paramref name="maxPageSize"/>, a page before the first reads the first and one past the last reads the last,
    /// so a link kept from a longer list still shows rows. Two queries: the count, then the page.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken, int maxPageSize = 100)
    {
        var size = Math.Clamp(pageSize, 1, maxPageSize);
        var total = await ordered.CountAsync(cancellationToken);
        var last = Math.Max(1, (total + size - 1) / size);
        var number = Math.Clamp(page, 1, last);
        var items = total == 0 ? [] : await ordered.Skip(Offset(number, size)).Take(size).ToListAsync(cancellationToken);
        return new Paged<T>(items, total, number, size);
    }
}
