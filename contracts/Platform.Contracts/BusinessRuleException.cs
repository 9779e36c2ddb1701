namespace Platform.Contracts;

/// <summary>A rule refused a change; the message is Chinese and says what to do.</summary>
public class BusinessRuleException(string message, string? field = null) : Exception(message)
{
    /// <summary>The input field the rule is about, if any (camelCase, as the API names it).</summary>
    public string? Field { get; } = field;
}

/// <summary>The change conflicts with what exists (a duplicate, a stale version): HTTP 409.</summary>
public sealed class ConflictException(string message, string? field = null) : BusinessRuleException(message, field);

/// <summary>The caller may not do this (HTTP 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>The record does not exist or the caller may not see it (HTTP 404).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>Input failed validation; each entry names a field and gives Chinese messages.</summary>
public sealed class InputValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("输入有误，请按提示修改。")
{
    /// <summary>Messages by field name (camelCase).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
