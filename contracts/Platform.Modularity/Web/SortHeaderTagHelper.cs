using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using System.Text.Encodings.Web;

namespace Platform.Modularity.Web;

/// <summary>
/// A table header that sorts its list: <c>&lt;th list-sort="name" list-sort-current="@Model.Sort"&gt;姓名&lt;/th&gt;</c>
/// becomes a link to the same list sorted by that column (the other way round if it already is), back on page 1,
/// with the filters kept, and says which way it is sorted (<c>aria-sort</c> and an arrow).
/// </summary>
[HtmlTargetElement("th", Attributes = "list-sort")]
public sealed class SortHeaderTagHelper : TagHelper
{
    /// <summary>The column's name in the list's <see cref="SortColumns{T}"/>.</summary>
    [HtmlAttributeName("list-sort")]
    public string Column { get; set; } = "";

    /// <summary>How the list is sorted now.</summary>
    [HtmlAttributeName("list-sort-current")]
    public ListSort? Current { get; set; }

    /// <summary>Set by Razor: the request the links are built from.</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <inheritdoc />
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = (await output.GetChildContentAsync()).GetContent();
        var active = Current is not null && string.Equals(Current.Column, Column, StringComparison.OrdinalIgnoreCase);
        var descending = active && !Current!.Descending;
        var href = ListLinks.With(ViewContext.HttpContext.Request, ("sort", Column), ("dir", descending ? "desc" : "asc"), ("page", null));
        output.Attributes.SetAttribute("aria-sort", active ? (Current!.Descending ? "descending" : "ascending") : "none");
        output.AddClass("sortable", HtmlEncoder.Default);
        var arrow = active ? (Current!.Descending ? "▼" : "▲") : "↕";
        output.Content.SetHtmlContent(
            $"<a class=\"sort-link\" href=\"{HtmlEncoder.Default.Encode(href)}\">{content}<span class=\"sort-arrow\" aria-hidden=\"true\">{arrow}</span></a>");
    }
}
