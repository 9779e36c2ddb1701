namespace Platform.Contracts.Identity;

/// <summary>Claim types the host writes into sessions and tokens.</summary>
public static class ClaimNames
{
    /// <summary>The account id.</summary>
    public const string UserId = "sub";
    /// <summary>The log-in name.</summary>
    public const string UserName = "name";
    /// <summary>The name shown to people.</summary>
    public const string DisplayName = "display_name";
    /// <summary>The station id, absent for roles that span stations.</summary>
    public const string StationId = "station";
    /// <summary>A role code.</summary>
    public const string Role = "role";
    /// <summary>Changes when the password, roles, station or status change, ending older sessions.</summary>
    public const string SecurityStamp = "stamp";
    /// <summary>The API session a bearer token belongs to (absent in browser cookies).</summary>
    public const string SessionId = "sid";
}
