using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Platform.Contracts;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>
/// The token in an activity's QR code: the activity's id and its code nonce, signed and encrypted with the platform's
/// data-protection key ring (shared by every instance). A token names exactly one activity, so it cannot be replayed for
/// another, and renewing the code voids every earlier one; the time window is checked against the activity's own times
/// on every scan, so moving an activity moves its window.
/// </summary>
internal sealed class ScanCodes(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("volunteers.scan.v1");

    public string For(Activity activity) => _protector.Protect($"{activity.Id}:{activity.CodeNonce}");

    /// <summary>The activity the token names and its nonce, or null for a token that was not made here or was altered.</summary>
    public (string ActivityId, string Nonce)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token.Trim()).Split(':');
            return parts.Length == 2 ? (parts[0], parts[1]) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Refuses a scan outside the activity's window (its times ± the margin), in Chinese.</summary>
    public static void CheckWindow(Activity activity, DateTime now, VolunteerRules rules)
    {
        var margin = TimeSpan.FromMinutes(rules.CodeMarginMinutes);
        if (now < activity.StartsAt - margin)
        {
            throw new BusinessRuleException($"签到还没有开始：请在 {Local(activity.StartsAt - margin):M月d日 HH:mm} 以后扫码。");
        }

        if (now > activity.EndsAt + margin)
        {
            throw new BusinessRuleException($"这个签到码已过期：本次活动的签到签退在 {Local(activity.EndsAt + margin):M月d日 HH:mm} 截止。漏签请联系组织活动的社工补登。");
        }
    }

    private static DateTimeOffset Local(DateTime utc) => LocalTime.Of(new DateTimeOffset(utc, TimeSpan.Zero));
}
