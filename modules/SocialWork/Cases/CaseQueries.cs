using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>Cases the caller may see, newest first: a worker's or a client's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record ListCases(string? WorkerId = null, string? ClientId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<CaseView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListCases, Paged<CaseView>>
    {
        public async Task<Paged<CaseView>> Handle(ListCases request, CancellationToken cancellationToken)
        {
            var cases = db.Cases.AsNoTracking();
            if (request.WorkerId is { } workerId)
            {
                cases = cases.Where(c => c.WorkerId == workerId);
            }

            if (request.ClientId is { } clientId)
            {
                _ = await mediator.Send(new GetClient(clientId), cancellationToken) ?? throw new NotFoundException("找不到该服务对象，或您无权查看。");
                cases = cases.Where(c => c.ClientId == clientId);
            }

            if (request.PendingOnly)
            {
                cases = cases.Where(c => !c.IsWithdrawn && !c.Documents.Any(d => d.Kind == CaseDocumentKind.Evaluation));
            }

            var found = await cases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.CreatedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(c => CaseView.Of(c, names));
        }
    }
}

/// <summary>One case by id; not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record GetCase(string Id) : IRequest<CaseView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<GetCase, CaseView>
    {
        public async Task<CaseView> Handle(GetCase request, CancellationToken cancellationToken)
        {
            var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个个案，或您无权查看。");
            return CaseView.Of(@case, await WorkerNames.VisibleAsync(mediator, cancellationToken));
        }
    }
}

/// <summary>A signed copy of a case's agreement (numbered from 1).</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record GetCaseFile(string Id, int Number, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<GetCaseFile, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetCaseFile request, CancellationToken cancellationToken)
        {
            var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
            return await Evidence.OpenAsync(store, @case?.Attachments, request.Number, request.Original, cancellationToken);
        }
    }
}

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
