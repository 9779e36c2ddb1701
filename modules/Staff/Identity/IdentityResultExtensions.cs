using Microsoft.AspNetCore.Identity;
using Platform.Contracts;

namespace Platform.Modules.Staff.Identity;

internal static class IdentityResultExtensions
{
    /// <summary>Turns an Identity failure into a refusal that the host shows next to the field.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            var duplicate = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
            var message = string.Join(" ", result.Errors.Select(e => e.Description));
            throw duplicate ? new ConflictException(message, field) : new BusinessRuleException(message, field);
        }
    }
}
