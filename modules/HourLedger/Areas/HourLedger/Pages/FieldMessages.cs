using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Platform.Modules.HourLedger.Areas.HourLedger.Pages;

/// <summary>
/// A number box that could not be read ("abc", "七十", empty) leaves the model's default in place: a page must refuse
/// the form rather than save that default. The binder's message does not name the field; the field's own range
/// message does ("每人每年服务时长应在 1 到 5,000 小时之间").
/// </summary>
internal static class FieldMessages
{
    /// <summary>Whether the form is refused; if so, each unreadable field's error says what the field takes.</summary>
    public static bool Refused(ModelStateDictionary state, Type model, string prefix = "")
    {
        if (state.IsValid)
        {
            return false;
        }

        foreach (var (key, entry) in state.Where(s => s.Value is { Errors.Count: > 0 } && s.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            if (entry is null)
            {
                continue;
            }

            var range = model.GetProperty(key[prefix.Length..])?.GetCustomAttribute<RangeAttribute>();
            if (range?.ErrorMessage is not { } message || entry.RawValue is null && entry.AttemptedValue is null)
            {
                continue;
            }

            var typed = entry.AttemptedValue?.Trim();
            entry.Errors.Clear();
            state.AddModelError(key, string.IsNullOrEmpty(typed) ? $"{message.TrimEnd('。')}，请填写。" : $"{message.TrimEnd('。')}，“{typed}”不是数字。");
        }

        return true;
    }
}
