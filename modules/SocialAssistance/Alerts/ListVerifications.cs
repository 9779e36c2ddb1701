using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Alerts;

/// <summary>One page of the verification tasks the caller may see (a worker: their station), open ones soonest due first; <see cref="Closed"/> shows the closed.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record PageVerifications(string? StationId = null, bool Closed = false, string? Query = null, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<VerificationPage>
{
    internal static readonly SortColumns<VerificationLine> Columns = new SortColumns<VerificationLine>("due")
        .Add("due", l => l.DueOn)
        .Add("name", l => l.Name)
        .Add("type", l => l.AlertType)
        .Add("alerted", l => l.AlertedOn)
        .ThenBy(l => l.Name)
        .ThenBy(l => l.Id);

    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<PageVerifications, VerificationPage>
    {
        public async Task<VerificationPage> Handle(PageVerifications request, CancellationToken cancellationToken)
        {
            var query = Verifications.Lines(db.VerificationTasks.AsNoTracking().Where(t => request.Closed ? t.ClosedAt != null : t.ClosedAt == null), LocalTime.Today(clock));
            if (!string.IsNullOrEmpty(request.StationId))
            {
                query = query.Where(t => t.StationId == request.StationId);
            }

            if (!string.IsNullOrWhiteSpace(request.Query))
            {
                var q = request.Query.Trim();
                query = query.Where(t => t.Name.Contains(q) || t.AlertType.Contains(q));
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            return new VerificationPage(await Columns.Apply(query, sort).ToPagedAsync(request.Page, request.PageSize, cancellationToken), sort);
        }
    }
}

/// <summary>One verification task (the close page and the API).</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record GetVerification(string Id) : IRequest<VerificationLine>
{
    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<GetVerification, VerificationLine>
    {
        public async Task<VerificationLine> Handle(GetVerification request, CancellationToken cancellationToken) =>
            await Verifications.Lines(db.VerificationTasks.AsNoTracking().Where(t => t.Id == request.Id), LocalTime.Today(clock)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("找不到这项核查任务，或您无权查看。");
    }
}

internal static class Verifications
{
    public static IQueryable<VerificationLine> Lines(IQueryable<VerificationTask> tasks, DateOnly today) =>
        tasks.Select(t => new VerificationLine
        {
            Id = t.Id, ClientId = t.ClientId, StationId = t.StationId, WorkerId = t.WorkerId, Name = t.Name, AlertType = t.AlertType,
            AlertedOn = t.AlertedOn, Detail = t.Detail, DueOn = t.DueOn, IsOverdue = t.ClosedAt == null && t.DueOn < today,
            VisitedAt = t.VisitedAt, Result = t.Result, ResultText = t.ResultText, ClosedAt = t.ClosedAt,
        });
}

/// <summary>A verification task on the list.</summary>
public sealed class VerificationLine
{
    public string Id { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public string Name { get; init; } = "";

    public string AlertType { get; init; } = "";

    public DateOnly? AlertedOn { get; init; }

    public string? Detail { get; init; }

    public DateOnly DueOn { get; init; }

    public bool IsOverdue { get; init; }

    public DateTime? VisitedAt { get; init; }

    public VerificationResult? Result { get; init; }

    public string? ResultName => Result is { } r ? AlertTerms.NameOf(r) : null;

    public string? ResultText { get; init; }

    public DateTime? ClosedAt { get; init; }
}

/// <summary>A page of verification tasks and how it is sorted.</summary>
public sealed record VerificationPage(Paged<VerificationLine> Rows, ListSort Sort);

/// <summary>The alert imports, newest first (at most 50), for the lead and the bureau.</summary>
[Requires(SocialAssistancePermissions.Imports)]
internal sealed record ListAlertImports : IRequest<IReadOnlyList<AlertImportLine>>
{
    internal sealed class Handler(SocialAssistanceDb db) : IRequestHandler<ListAlertImports, IReadOnlyList<AlertImportLine>>
    {
        public async Task<IReadOnlyList<AlertImportLine>> Handle(ListAlertImports request, CancellationToken cancellationToken) =>
            await db.AlertImports.AsNoTracking().OrderByDescending(i => i.ImportedAt).Take(50)
                .Select(i => new AlertImportLine(i.Id, i.FileName, i.ImportedBy, i.ImportedAt, i.Rows, i.Matched, i.Repeated, i.Unmatched, i.Rejected))
                .ToListAsync(cancellationToken);
    }
}

/// <summary>One page of the rows no client matched, newest import first; the full ID number only for who may import.</summary>
[Requires(SocialAssistancePermissions.Imports)]
internal sealed record PageUnmatchedAlerts(string? ImportId = null, int Page = 1, int PageSize = ListPager.DefaultPageSize) : IRequest<Paged<UnmatchedLine>>
{
    internal sealed class Handler(SocialAssistanceDb db, ICurrentUser user) : IRequestHandler<PageUnmatchedAlerts, Paged<UnmatchedLine>>
    {
        public async Task<Paged<UnmatchedLine>> Handle(PageUnmatchedAlerts request, CancellationToken cancellationToken)
        {
            var rows = from u in db.UnmatchedAlerts.AsNoTracking()
                       join i in db.AlertImports.AsNoTracking() on u.ImportId equals i.Id
                       select new { u, i.ImportedAt };
            if (!string.IsNullOrEmpty(request.ImportId))
            {
                rows = rows.Where(r => r.u.ImportId == request.ImportId);
            }

            var page = await rows.OrderByDescending(r => r.ImportedAt).ThenBy(r => r.u.Row)
                .Select(r => new UnmatchedLine(r.u.ImportId, r.ImportedAt, r.u.Row, r.u.IdNumber, r.u.Name, r.u.AlertType, r.u.AlertedOn, r.u.Detail))
                .ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var full = user.IsInRole(Roles.Lead) || user.IsInRole(Roles.Admin);
            return full ? page : page with { Items = page.Items.Select(l => l with { IdNumber = Masking.IdNumber(l.IdNumber) ?? "" }).ToList() };
        }
    }
}

public sealed record AlertImportLine(string Id, string FileName, string ImportedBy, DateTime ImportedAt, int Rows, int Matched, int Repeated, int Unmatched, int Rejected);

public sealed record UnmatchedLine(string ImportId, DateTime ImportedAt, int Row, string IdNumber, string? Name, string AlertType, DateOnly? AlertedOn, string? Detail);
