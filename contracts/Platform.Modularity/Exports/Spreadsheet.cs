using System.Globalization;
using System.Text;
using MiniExcelLibs;
using Platform.Modularity.Web;

namespace Platform.Modularity.Exports;

/// <summary>
/// What every export writes through. A text that a spreadsheet would read as a formula — starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return, as a name or a note typed by anyone may — is given a leading
/// apostrophe, so Excel or WPS shows it as the text it is (OWASP, "CSV injection"). Numbers and dates are not touched.
/// </summary>
public static class Spreadsheet
{
    /// <summary>The text as a cell may hold it.</summary>
    public static string? Text(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The text as a CSV field: neutralised, and quoted when it holds a comma, a quote or a line break.</summary>
    public static string CsvField(string? text)
    {
        var safe = Text(text) ?? "";
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    /// <summary>One sheet of rows (column name → value, in order) as an xlsx workbook, every text cell neutralised.</summary>
    public static async Task<Stream> XlsxAsync(IEnumerable<IDictionary<string, object?>> rows, string sheetName, CancellationToken cancellationToken)
    {
        var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.Select(Neutralised), sheetName: sheetName, cancellationToken: cancellationToken);
        stream.Position = 0;
        return stream;
    }

    /// <summary>
    /// Rows of a type as an xlsx workbook, a column each <paramref name="columns"/> names, in their order. A sheet of no
    /// rows still gives its headings, over one empty row (a workbook of no rows has none).
    /// </summary>
    public static Task<Stream> XlsxAsync<T>(IReadOnlyCollection<T> items, IReadOnlyList<ExportColumn<T>> columns, string sheetName, CancellationToken cancellationToken) =>
        XlsxAsync(items.Count > 0 ? items.Select(item => Row(item, columns)) : [columns.ToDictionary(c => c.Heading, _ => (object?)"")], sheetName, cancellationToken);

    /// <summary>
    /// The same rows as CSV, UTF-8 with a byte-order mark so that Excel opens the Chinese text: a heading line, then a line
    /// a row, every text field neutralised, numbers written the invariant way.
    /// </summary>
    public static string Csv<T>(IEnumerable<T> items, IReadOnlyList<ExportColumn<T>> columns)
    {
        var csv = new StringBuilder("\uFEFF").AppendJoin(',', columns.Select(c => CsvField(c.Heading))).Append("\r\n");
        foreach (var item in items)
        {
            csv.AppendJoin(',', columns.Select(c => c.Value(item) switch
            {
                string text => CsvField(text),
                IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
                _ => "",
            })).Append("\r\n");
        }

        return csv.ToString();
    }

    private static IDictionary<string, object?> Row<T>(T item, IReadOnlyList<ExportColumn<T>> columns) =>
        columns.ToDictionary(c => c.Heading, c => c.Value(item));

    private static IDictionary<string, object?> Neutralised(IDictionary<string, object?> row) =>
        row.ToDictionary(cell => cell.Key, cell => cell.Value is string text ? Text(text) : cell.Value);
}
