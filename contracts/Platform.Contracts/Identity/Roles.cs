namespace Platform.Contracts.Identity;

/// <summary>The platform's role codes; their Chinese names come from the localizer.</summary>
public static class Roles
{
    /// <summary>驻站社工: keeps the archives and records services of one station.</summary>
    public const string Worker = "worker";

    /// <summary>项目主管: the service provider's project lead, across all stations.</summary>
    public const string Lead = "lead";

    /// <summary>区民政局: the bureau that buys the service; reads everything, changes nothing.</summary>
    public const string Bureau = "bureau";

    /// <summary>系统管理员: accounts, stations, catalogue and modules.</summary>
    public const string Admin = "admin";

    /// <summary>Every role, in the order they are offered.</summary>
    public static readonly IReadOnlyList<string> All = [Worker, Lead, Bureau, Admin];

    /// <summary>The Chinese name of a role code.</summary>
    public static string DisplayName(string role) => role switch
    {
        Worker => "社工",
        Lead => "项目主管",
        Bureau => "民政局",
        Admin => "管理员",
        _ => role,
    };
}
