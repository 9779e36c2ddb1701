using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;

namespace Platform.Modularity.Web;

/// <summary>A column of a list's 导出 Excel: its heading and what a row shows there (a text, number or date).</summary>
public sealed record ExportColumn<T>(string Heading, Func<T, object?> Value);

/// <summary>
/// A list was exported: the file holds <see cref="Rows"/> rows of <see cref="List"/> as the search <see cref="Filter"/>
/// found them. Sent by <see cref="ListPageModel"/> after the file is made, so the audit log keeps every export (PIPL:
/// who took which personal records out); the audit pipeline writes the entry, the request itself changes nothing.
/// </summary>
[Requires(Access.Anyone)]
public sealed record ListExported(string List, string Filter, int Rows) : IRequest<Unit>, IAudited
{
    /// <summary>The most rows one export holds; a longer list is exported a filter (a station, a period) at a time.</summary>
    public const int MostRows = 5_000;

    string IAudited.AuditAction => $"导出{List}";

    string? IAudited.AuditTarget => Filter;

    string? IAudited.AuditDetail => $"{Rows} 行";
}
