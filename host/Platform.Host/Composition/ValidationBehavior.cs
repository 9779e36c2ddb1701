using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using MediatR;
using Platform.Contracts;

namespace Platform.Host.Composition;

/// <summary>
/// Checks a request's data annotations before its handler runs; a refused request reaches no handler
/// and changes nothing. Field names come back camelCase, as the API and the forms name them. An enum value no name
/// stands for (a form's or query's "99") is refused here for every request, whoever wrote it.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    // Most reads carry no rules; finding that out once per request type keeps reflection off the hot path.
    private static readonly bool HasRules =
        typeof(IValidatableObject).IsAssignableFrom(typeof(TRequest))
        || typeof(TRequest).GetCustomAttributes(typeof(ValidationAttribute), inherit: true).Length > 0
        || typeof(TRequest).GetProperties().Any(p => p.GetCustomAttributes(typeof(ValidationAttribute), inherit: true).Length > 0)
        || EnumValues.Carries(typeof(TRequest))
        || InputValues.Carries(typeof(TRequest));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!HasRules)
        {
            return next();
        }

        if (request is not null && InputValues.Faults(request) is { Count: > 0 } faults)
        {
            throw new InputValidationException(faults);
        }

        if (request is not null && EnumValues.Undefined(request).Distinct().ToList() is { Count: > 0 } undefined)
        {
            throw new InputValidationException(undefined.ToDictionary(f => f, f => new[] { $"“{f}”的值无法识别，请从可选项中选择。" }));
        }

        var results = new List<ValidationResult>();
        if (request is not null && !TryValidate(request, results))
        {
            var errors = results
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage ?? "输入有误。")))
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Item2).Distinct().ToArray());
            throw new InputValidationException(errors);
        }

        return next();
    }

    /// <summary>
    /// A <c>[Range(0, 100)]</c> on a decimal or long converts the value to int before comparing, so 2147483648 threw
    /// OverflowException (a 500) instead of failing the rule; such a value is outside the range, and is refused as such.
    /// </summary>
    private static bool TryValidate(object request, List<ValidationResult> results)
    {
        try
        {
            return Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true);
        }
        catch (OverflowException)
        {
            results.Clear();
            foreach (var property in request.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                foreach (var rule in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
                {
                    try
                    {
                        var context = new ValidationContext(request) { MemberName = property.Name };
                        if (rule.GetValidationResult(property.GetValue(request), context) is { } failed)
                        {
                            results.Add(failed);
                        }
                    }
                    catch (OverflowException)
                    {
                        results.Add(new ValidationResult(rule.ErrorMessage ?? "数值超出范围。", [property.Name]));
                    }
                }
            }

            return results.Count == 0;
        }
    }
}
