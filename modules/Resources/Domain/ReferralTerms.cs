using Platform.Contracts.Registry;

namespace Platform.Modules.Resources.Domain;

/// <summary>The Chinese names of the module's terms.</summary>
internal static class ReferralTerms
{
    public static IReadOnlyList<(ResourceKind Kind, string Name)> Kinds { get; } =
    [
        (ResourceKind.Policy, "政策"),
        (ResourceKind.Charity, "慈善组织"),
        (ResourceKind.CommunityOrganisation, "社区社会组织"),
        (ResourceKind.VolunteerTeam, "志愿服务队"),
        (ResourceKind.Enterprise, "企业"),
        (ResourceKind.PublicService, "公共服务"),
        (ResourceKind.Other, "其他"),
    ];

    public static IReadOnlyList<(ReferralStatus Status, string Name)> Statuses { get; } =
    [
        (ReferralStatus.Referred, "已转介"),
        (ReferralStatus.Connected, "已对接"),
        (ReferralStatus.Resolved, "已解决"),
        (ReferralStatus.Unresolved, "未能解决"),
    ];

    public static string NameOf(ResourceKind kind) => Kinds.First(k => k.Kind == kind).Name;

    public static string NameOf(ReferralStatus status) => Statuses.First(s => s.Status == status).Name;

    public static string NeedName(string code) => NeedKinds.NameOf(code);

    /// <summary>The Bootstrap badge class of a status.</summary>
    public static string Badge(ReferralStatus status) => status switch
    {
        ReferralStatus.Referred => "text-bg-primary",
        ReferralStatus.Connected => "text-bg-info",
        ReferralStatus.Resolved => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
