using Microsoft.AspNetCore.Identity;

namespace Platform.Modules.Staff.Domain;

/// <summary>An account: a station worker, the project lead, a bureau official or an administrator.</summary>
internal sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The station of a worker; null for roles that span stations.</summary>
    public string? StationId { get; set; }

    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Marks accounts made by the demo seeder, which a production start refuses.</summary>
    public bool IsDemo { get; set; }
}
