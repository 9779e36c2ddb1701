using Platform.Contracts;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>A case as the pages and the API show it.</summary>
public sealed record CaseView
{
    public required string Id { get; init; }

    public required string StationId { get; init; }

    public required NamedClient Client { get; init; }

    public required string WorkerId { get; init; }

    public required string WorkerName { get; init; }

    public required DateOnly OpenedOn { get; init; }

    public required string Intake { get; init; }

    public required string Phase { get; init; }

    public required IReadOnlyList<CaseDocumentView> Documents { get; init; }

    public required IReadOnlyList<string> SignedCopies { get; init; }

    public required IReadOnlyList<string> Transfers { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    public required bool IsCounted { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }

    internal static CaseView Of(Case c, IReadOnlyDictionary<string, string> workers) => new CaseView
    {
        Id = c.Id,
        StationId = c.StationId,
        Client = new NamedClient(c.ClientId, c.ClientName),
        WorkerId = c.WorkerId,
        WorkerName = workers.GetValueOrDefault(c.WorkerId, c.WorkerId),
        OpenedOn = c.OpenedOn,
        Intake = c.Intake,
        Phase = c.IsWithdrawn ? "已撤回" : c.Phase,
        Documents = c.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Date).ThenBy(d => d.Id).Select(d => new CaseDocumentView(d.Kind, CaseDocumentView.Names.GetValueOrDefault(d.Kind, "未知文书"), d.Date, d.Content, d.Extra)).ToList(),
        SignedCopies = c.Attachments.OrderBy(a => a.Id).Select(a => a.FileName).ToList(),
        Transfers = c.Transfers.OrderBy(t => t.At).Select(t => $"{LocalTime.DateOf(new DateTimeOffset(t.At, TimeSpan.Zero)):yyyy-MM-dd} {workers.GetValueOrDefault(t.FromWorkerId, t.FromWorkerId)} → {workers.GetValueOrDefault(t.ToWorkerId, t.ToWorkerId)}：{t.Reason}").ToList(),
        Missing = c.IsWithdrawn || c.IsEvaluated ? [] : c.Missing(),
        IsCounted = c.IsEvaluated && !c.IsWithdrawn,
        IsWithdrawn = c.IsWithdrawn,
        WithdrawReason = c.WithdrawReason,
    };
}

/// <summary>A document of a case.</summary>
public sealed record CaseDocumentView(CaseDocumentKind Kind, string Title, DateOnly Date, string Content, string? Extra)
{
    /// <summary>The form titles in Chinese.</summary>
    public static IReadOnlyDictionary<CaseDocumentKind, string> Names { get; } = new Dictionary<CaseDocumentKind, string>
    {
        [CaseDocumentKind.Assessment] = "需求预估表",
        [CaseDocumentKind.Plan] = "服务计划书",
        [CaseDocumentKind.Agreement] = "服务协议",
        [CaseDocumentKind.Session] = "会谈记录",
        [CaseDocumentKind.Closure] = "结案记录",
        [CaseDocumentKind.Evaluation] = "结案评估报告",
        [CaseDocumentKind.FollowUp] = "追踪记录",
    };
}
