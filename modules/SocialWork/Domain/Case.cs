using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Domain;

/// <summary>The documents of a case (MZ/T 094-2017), in the order the phases produce them.</summary>
public enum CaseDocumentKind
{
    /// <summary>收集资料与预估: 需求预估表.</summary>
    Assessment,

    /// <summary>制定计划: 服务计划书 (goals; actions and dates in the second field).</summary>
    Plan,

    /// <summary>签订服务协议: the agreement, with its signed copy uploaded.</summary>
    Agreement,

    /// <summary>开展服务: a session and its 会谈记录.</summary>
    Session,

    /// <summary>结案: closure, with its reason.</summary>
    Closure,

    /// <summary>评估: 结案评估报告, with how far the goals were met.</summary>
    Evaluation,

    /// <summary>追踪: follow-up after closure.</summary>
    FollowUp,
}

/// <summary>
/// A case (个案工作) of one client, through intake (接案), assessment, plan, agreement, sessions, closure, evaluation
/// and follow-up. It cannot close with fewer than 6 sessions or a document missing; closed and evaluated, it
/// counts one case (50 standard hours) to the worker then responsible. It may be transferred to a colleague.
/// </summary>
internal sealed class Case : IWorkerRecord
{
    public const int LeastSessions = 6;

    private readonly List<CaseDocument> _documents = [];
    private readonly List<Attachment> _attachments = [];
    private readonly List<CaseTransfer> _transfers = [];

    private Case()
    {
    }

    public Case(string stationId, string workerId, string clientId, string clientName, DateOnly openedOn, string intake, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        WorkerId = workerId;
        ClientId = clientId;
        ClientName = clientName;
        OpenedOn = openedOn;
        Intake = intake;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    /// <summary>The worker now responsible, to whom it counts.</summary>
    public string WorkerId { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    public string ClientName { get; private set; } = "";

    /// <summary>接案日期.</summary>
    public DateOnly OpenedOn { get; private set; }

    /// <summary>接案: how the case came (referral, own request, found on a visit) and the presenting problem.</summary>
    public string Intake { get; private set; } = "";

    public IReadOnlyList<CaseDocument> Documents => _documents;

    /// <summary>The agreement's signed copies.</summary>
    public IReadOnlyList<Attachment> Attachments => _attachments;

    public IReadOnlyList<CaseTransfer> Transfers => _transfers;

    public DateTime CreatedAt { get; private set; }

    /// <summary>Part of the demo district (production refuses to start while such records exist).</summary>
    public bool IsDemo { get; init; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    /// <summary>The document of a kind kept once (assessment, plan, agreement, closure, evaluation), if written.</summary>
    public CaseDocument? Latest(CaseDocumentKind kind) => _documents.FirstOrDefault(d => d.Kind == kind);

    public int SessionCount => _documents.Count(d => d.Kind == CaseDocumentKind.Session);

    public bool IsClosed => Latest(CaseDocumentKind.Closure) is not null;

    public bool IsEvaluated => Latest(CaseDocumentKind.Evaluation) is not null;

    /// <summary>The phase it is in, in the standard's words.</summary>
    public string Phase =>
        IsEvaluated ? "评估完成" :
        IsClosed ? "已结案，待评估" :
        SessionCount > 0 ? "开展服务" :
        Latest(CaseDocumentKind.Agreement) is not null ? "已签订服务协议" :
        Latest(CaseDocumentKind.Plan) is not null ? "制定计划" :
        Latest(CaseDocumentKind.Assessment) is not null ? "收集资料与预估" : "接案";

    /// <summary>What the case lacks before it may close, in the page's words.</summary>
    public IReadOnlyList<string> MissingForClosure()
    {
        var missing = new List<string>();
        if (Latest(CaseDocumentKind.Assessment) is null)
        {
            missing.Add("需求预估表");
        }

        if (Latest(CaseDocumentKind.Plan) is null)
        {
            missing.Add("服务计划书");
        }

        if (Latest(CaseDocumentKind.Agreement) is null)
        {
            missing.Add("服务协议");
        }

        if (_attachments.Count == 0)
        {
            missing.Add("服务协议签字件（上传扫描件或照片）");
        }

        if (SessionCount < LeastSessions)
        {
            missing.Add($"会谈记录不少于 {LeastSessions} 次（已有 {SessionCount} 次）");
        }

        return missing;
    }

    /// <summary>What the case still lacks before it counts: what closure needs, the closure itself, then the evaluation.</summary>
    public IReadOnlyList<string> Missing() =>
        IsClosed ? IsEvaluated ? [] : ["结案评估报告"]
        : MissingForClosure() is { Count: > 0 } missing ? missing : ["结案"];

    /// <summary>Adds a document in its phase's order; the plan, assessment and agreement may be rewritten until closure.</summary>
    public CaseDocument Add(CaseDocumentKind kind, DateOnly date, string content, string? extra, DateOnly today)
    {
        EnsureOpen();
        if (date > today)
        {
            throw new BusinessRuleException("不能登记今天以后的日期。", "date");
        }

        if (date < OpenedOn)
        {
            throw new BusinessRuleException($"日期不能早于接案日期（{OpenedOn:yyyy-MM-dd}）。", "date");
        }

        switch (kind)
        {
            case CaseDocumentKind.Assessment or CaseDocumentKind.Plan or CaseDocumentKind.Agreement or CaseDocumentKind.Session when IsClosed:
                throw new BusinessRuleException("个案已结案，不能再修改预估、计划、协议或登记会谈。", "kind");
            case CaseDocumentKind.Session when Latest(CaseDocumentKind.Agreement) is null:
                throw new BusinessRuleException("请先签订服务协议，再开展服务、登记会谈。", "kind");
            case CaseDocumentKind.Closure when IsClosed:
                throw new BusinessRuleException("个案已经结案。", "kind");
            case CaseDocumentKind.Closure when MissingForClosure() is { Count: > 0 } missing:
                throw new BusinessRuleException("还不能结案，尚缺：" + string.Join("；", missing) + "。", "kind");
            case CaseDocumentKind.Evaluation when !IsClosed:
                throw new BusinessRuleException("请先结案，再填写结案评估报告。", "kind");
            case CaseDocumentKind.Evaluation when IsEvaluated:
                throw new BusinessRuleException("结案评估报告已经填写。", "kind");
            case CaseDocumentKind.FollowUp when !IsClosed:
                throw new BusinessRuleException("追踪在结案之后进行。", "kind");
        }

        // The assessment, plan and agreement are kept once: writing one again replaces it.
        if (kind is CaseDocumentKind.Assessment or CaseDocumentKind.Plan or CaseDocumentKind.Agreement && Latest(kind) is { } earlier)
        {
            _documents.Remove(earlier);
        }

        var document = new CaseDocument { Kind = kind, Date = date, Content = content, Extra = extra };
        _documents.Add(document);
        return document;
    }

    public void AttachSignedCopies(IReadOnlyCollection<Attachment> copies)
    {
        EnsureOpen();
        if (IsClosed)
        {
            throw new BusinessRuleException("个案已结案，不能再上传协议。");
        }

        _attachments.AddRange(copies);
    }

    public void TransferTo(string workerId, string reason, DateTime at)
    {
        EnsureOpen();
        if (workerId == WorkerId)
        {
            throw new BusinessRuleException("个案已由这位社工负责。", "workerId");
        }

        _transfers.Add(new CaseTransfer { FromWorkerId = WorkerId, ToWorkerId = workerId, Reason = reason, At = at });
        WorkerId = workerId;
    }

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这个个案已经撤回。");
        }

        IsWithdrawn = true;
        WithdrawReason = reason;
    }

    private void EnsureOpen()
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这个个案已经撤回，不能再修改。");
        }
    }
}

/// <summary>A document of a case: its kind, date, text and (plan, closure, evaluation) a second field.</summary>
internal sealed class CaseDocument
{
    public long Id { get; private set; }

    public CaseDocumentKind Kind { get; init; }

    public DateOnly Date { get; init; }

    public string Content { get; init; } = "";

    /// <summary>Plan: actions and dates; closure: reason; evaluation: how far the goals were met.</summary>
    public string? Extra { get; init; }
}

/// <summary>A case handed from one worker to another.</summary>
internal sealed class CaseTransfer
{
    public long Id { get; private set; }

    public string FromWorkerId { get; init; } = "";

    public string ToWorkerId { get; init; } = "";

    public string Reason { get; init; } = "";

    public DateTime At { get; init; }
}
