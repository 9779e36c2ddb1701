using MiniExcelLibs;

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

    private static IDictionary<string, object?> Neutralised(IDictionary<string, object?> row) =>
        row.ToDictionary(cell => cell.Key, cell => cell.Value is string text ? Text(text) : cell.Value);
}
