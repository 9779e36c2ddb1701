using System.ComponentModel.DataAnnotations;
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
        || EnumValues.Carries(typeof(TRequest));

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!HasRules)
        {
            return next();
        }

        if (request is not null && EnumValues.Undefined(request).Distinct().ToList() is { Count: > 0 } undefined)
        {
            throw new InputValidationException(undefined.ToDictionary(f => f, f => new[] { $"“{f}”的值无法识别，请从可选项中选择。" }));
        }

        var results = new List<ValidationResult>();
        if (request is not null && !Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            var errors = results
                .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [""]).Select(m => (Field: JsonNamingPolicy.CamelCase.ConvertName(m), r.ErrorMessage ?? "输入有误。")))
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Item2).Distinct().ToArray());
            throw new InputValidationException(errors);
        }

        return next();
    }
}
