using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts.Auditing;

namespace Platform.Contracts.Registry;

/// <summary>The kinds of need an archive records (需求类型); modules that find a need on a visit use the same codes.</summary>
public static class NeedKinds
{
    /// <summary>Every kind, in the order forms list them.</summary>
    public static IReadOnlyList<NeedKind> All { get; } =
    [
        new("care", "生活照料"),
        new("financial", "经济救助"),
        new("medical", "医疗康复"),
        new("psychological", "心理支持"),
        new("education", "就学教育"),
        new("employment", "就业帮扶"),
        new("housing", "住房保障"),
        new("legal", "法律援助"),
        new("safety", "安全保护"),
        new("social", "社会融入"),
        new("other", "其他"),
    ];

    /// <summary>Whether the code is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string? code) => All.Any(k => k.Code == code);

    /// <summary>
    /// The kind of a need as a form or app gives it: a code of <see cref="All"/> (never a number), <c>other</c> when left
    /// out; anything else is refused in Chinese, naming <paramref name="field"/>.
    /// </summary>
    public static string CodeOrOther(string? code, string field = "needKind") =>
        string.IsNullOrWhiteSpace(code) ? "other"
        : IsKnown(code.Trim()) ? code.Trim()
        : throw new BusinessRuleException($"没有“{(code.Length > 20 ? code[..20] : code)}”这种需求类型，请从列表中选择（如 care、medical、other）。", field);

    /// <summary>The Chinese name of a kind, or the code itself when unknown.</summary>
    public static string NameOf(string code) => All.FirstOrDefault(k => k.Code == code)?.Name ?? code;
}

/// <summary>A kind of need.</summary>
public sealed record NeedKind(string Code, string Name);

/// <summary>How urgent a need is.</summary>
public enum NeedPriority
{
    /// <summary>低.</summary>
    Low,

    /// <summary>中.</summary>
    Medium,

    /// <summary>高.</summary>
    High,
}

/// <summary>Where a need stands.</summary>
public enum NeedStatus
{
    /// <summary>待跟进: found, nothing done yet.</summary>
    Open,

    /// <summary>跟进中.</summary>
    InProgress,

    /// <summary>已满足.</summary>
    Met,

    /// <summary>无法满足 (with a note why).</summary>
    Unmet,
}

/// <summary>
/// Adds a need to a client's archive, e.g. one found on a home visit; <see cref="Source"/> says where it was
/// found. Returns the need's id. A client the caller may not see answers as not found. Sent through an outbox
/// (as the system), <see cref="WorkerId"/> names the worker who found it, to whom a completed archive counts.
/// </summary>
[Requires("registry.clients.register")]
public sealed record AddClientNeed(string ClientId, string Kind, string Description, NeedPriority Priority = NeedPriority.Medium, string? Source = null, string? WorkerId = null) : IRequest<long>, IAudited
{
    string IAudited.AuditAction => "添加服务对象需求";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{NeedKinds.NameOf(Kind)}：{Description}";
}

/// <summary>Clients the caller may see whose name, ID number (full or its last four or more digits) or phone matches, for pickers in other modules.</summary>
[Requires(Access.SignedIn)]
public sealed record FindClients(string Query, int Limit = 20) : IRequest<IReadOnlyList<ClientSummary>>;
