using Platform.Contracts;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>A case as the pages and the API show it.</summary>
public sealed record CaseView(
    string Id,
    string StationId,
    NamedClient Client,
    string WorkerId,
    string WorkerName,
    DateOnly OpenedOn,
    string Intake,
    string Phase,
    IReadOnlyList<CaseDocumentView> Documents,
    IReadOnlyList<string> SignedCopies,
    IReadOnlyList<string> Transfers,
    IReadOnlyList<string> Missing,
    bool IsCounted,
    bool IsWithdrawn,
    string? WithdrawReason)
{
    internal static CaseView Of(Case c, IReadOnlyDictionary<string, string> workers) => new(
        c.Id,
        c.StationId,
        new NamedClient(c.ClientId, c.ClientName),
        c.WorkerId,
        workers.GetValueOrDefault(c.WorkerId, c.WorkerId),
        c.OpenedOn,
        c.Intake,
        c.IsWithdrawn ? "已撤回" : c.Phase,
        c.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Date).ThenBy(d => d.Id).Select(d => new CaseDocumentView(d.Kind, CaseDocumentView.Names[d.Kind], d.Date, d.Content, d.Extra)).ToList(),
        c.Attachments.OrderBy(a => a.Id).Select(a => a.FileName).ToList(),
        c.Transfers.OrderBy(t => t.At).Select(t => $"{LocalTime.DateOf(new DateTimeOffset(t.At, TimeSpan.Zero)):yyyy-MM-dd} {workers.GetValueOrDefault(t.FromWorkerId, t.FromWorkerId)} → {workers.GetValueOrDefault(t.ToWorkerId, t.ToWorkerId)}：{t.Reason}").ToList(),
        c.IsWithdrawn || c.IsEvaluated ? [] : c.Missing(),
        c.IsEvaluated && !c.IsWithdrawn,
        c.IsWithdrawn,
        c.WithdrawReason);
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
