using System.Linq.Expressions;

namespace Platform.Modularity.Web;

/// <summary>The column a list is sorted by and which way, as the page's links and headers carry it (<c>sort</c>, <c>dir</c>).</summary>
public sealed record ListSort(string Column, bool Descending)
{
    /// <summary>The <c>dir</c> value of the query: <c>asc</c> or <c>desc</c>.</summary>
    public string Dir => Descending ? "desc" : "asc";
}

/// <summary>
/// The columns one list may be sorted by, by name. A query's <c>sort</c> is only ever looked up here — never put into
/// SQL — and a name not here (or none) sorts by the list's default, so a kept or hand-made link still shows the list.
/// The sort is applied to the query, before paging: the database sorts, and page 2 follows page 1.
/// </summary>
public sealed class SortColumns<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Func<IOrderedQueryable<T>, IOrderedQueryable<T>>> _tieBreaks = [];
    private readonly ListSort _default;

    /// <param name="defaultColumn">The column used when the query names none or one not in the list (added with <see cref="Add{TKey}"/>).</param>
    /// <param name="descending">Which way the default runs.</param>
    public SortColumns(string defaultColumn, bool descending = false) => _default = new ListSort(defaultColumn, descending);

    /// <summary>The column names a query may use.</summary>
    public IReadOnlyCollection<string> Names => _columns.Keys;

    /// <summary>A column the list may be sorted by.</summary>
    public SortColumns<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        _columns[name] = (query, descending) => descending ? query.OrderByDescending(key) : query.OrderBy(key);
        return this;
    }

    /// <summary>What rows equal in the sorted column are ordered by (a unique key last), so pages neither repeat nor skip rows.</summary>
    public SortColumns<T> ThenBy<TKey>(Expression<Func<T, TKey>> key)
    {
        _tieBreaks.Add(query => query.ThenBy(key));
        return this;
    }

    /// <summary>The sort a query asks for, or the default when it names no known column; <c>dir</c> other than asc/desc takes the default's.</summary>
    public ListSort Resolve(string? sort, string? dir)
    {
        if (string.IsNullOrWhiteSpace(sort) || !_columns.ContainsKey(sort.Trim()))
        {
            return _default with { Descending = Direction(dir) ?? _default.Descending };
        }

        var name = _columns.Keys.First(k => string.Equals(k, sort.Trim(), StringComparison.OrdinalIgnoreCase));
        return new ListSort(name, Direction(dir) ?? false);
    }

    /// <summary>The query ordered as <paramref name="sort"/> says (resolved with <see cref="Resolve"/>), ties broken.</summary>
    public IOrderedQueryable<T> Apply(IQueryable<T> query, ListSort sort)
    {
        var order = _columns.TryGetValue(sort.Column, out var column) ? column : _columns[_default.Column];
        var ordered = order(query, sort.Descending);
        foreach (var tieBreak in _tieBreaks)
        {
            ordered = tieBreak(ordered);
        }

        return ordered;
    }

    private static bool? Direction(string? dir) => dir?.Trim().ToLowerInvariant() switch
    {
        "desc" => true,
        "asc" => false,
        _ => null,
    };
}
