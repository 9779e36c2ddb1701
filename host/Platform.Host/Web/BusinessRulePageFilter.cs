using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Contracts;
using Platform.Modularity.Web;

namespace Platform.Host.Web;

/// <summary>
/// Turns a refused request (validation, business rule, conflict) into form errors on the same page,
/// so page handlers only send and redirect. Field names map onto the page's <c>Input</c> model.
/// </summary>
internal sealed class BusinessRulePageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.HandlerInstance is not PageModel page)
        {
            return;
        }

        switch (executed.Exception)
        {
            case InputValidationException invalid:
                foreach (var (field, messages) in invalid.Errors)
                {
                    foreach (var message in messages)
                    {
                        AddOnce(page, FormKey(page, field), message);
                    }
                }

                break;
            case BusinessRuleException rule:
                AddOnce(page, rule.Field is null ? "" : FormKey(page, rule.Field), rule.Message);
                break;
            default:
                return;
        }

        if (page is IPageWithLookups lookups)
        {
            await lookups.LoadLookupsAsync(context.HttpContext.RequestAborted);
        }

        executed.ExceptionHandled = true;
        executed.Result = new PageResult();
    }

    /// <summary>
    /// A message the form does not show yet: the binding has already checked the same annotations on <c>Input</c> as the
    /// request's validation does, and a field's message is said once.
    /// </summary>
    private static void AddOnce(PageModel page, string key, string message)
    {
        if (!page.ModelState.TryGetValue(key, out var entry) || entry.Errors.All(e => e.ErrorMessage != message))
        {
            page.ModelState.AddModelError(key, message);
        }
    }

    private static string FormKey(PageModel page, string field)
    {
        if (field.Length == 0)
        {
            return "";
        }

        var property = char.ToUpperInvariant(field[0]) + field[1..];
        return page.GetType().GetProperty("Input") is not null ? $"Input.{property}" : property;
    }
}
