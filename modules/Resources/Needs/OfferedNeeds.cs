using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Resources;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Needs;

/// <summary>
/// Keeps a need another module offers (<see cref="OfferNeedForReferral"/>) on its station's 待链接 list, once per
/// source: a second delivery, or a need of a client the registry does not know, adds nothing.
/// </summary>
internal sealed class OfferNeedHandler(ResourcesDb db, IMediator mediator, TimeProvider clock) : INotificationHandler<OfferNeedForReferral>
{
    public async Task Handle(OfferNeedForReferral request, CancellationToken cancellationToken)
    {
        if (await db.Needs.IgnoreQueryFilters().AnyAsync(n => n.SourceModule == request.SourceModule && n.SourceId == request.SourceId && n.Part == request.Part, cancellationToken))
        {
            return;
        }

        var client = await mediator.Send(new GetClient(request.ClientId), cancellationToken);
        if (client is null)
        {
            return;
        }

        var description = request.Description.Trim();
        db.Needs.Add(new OfferedNeed(request.SourceModule, request.SourceId, request.Part, client.Id, client.Name, client.StationId, NeedKinds.IsKnown(request.Kind) ? request.Kind : "other",
            description.Length > 500 ? description[..500] : description, request.RecordedAt.UtcDateTime, clock.GetUtcNow().UtcDateTime)
        {
            WorkerId = request.WorkerId,
            Link = request.Link is { Length: <= 200 } link && link.StartsWith('/') ? link : null,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The record that found them was withdrawn: its needs still waiting leave the list; referred ones stay.</summary>
internal sealed class WithdrawNeedsHandler(ResourcesDb db) : INotificationHandler<WithdrawOfferedNeeds>
{
    public async Task Handle(WithdrawOfferedNeeds request, CancellationToken cancellationToken)
    {
        foreach (var need in await db.Needs.IgnoreQueryFilters().Where(n => n.SourceModule == request.SourceModule && n.SourceId == request.SourceId && n.State == OfferedNeedState.Waiting).ToListAsync(cancellationToken))
        {
            need.State = OfferedNeedState.Withdrawn;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A need waiting for a resource (or already referred, or set aside as 无需转介 with the reason), as the 待链接 list shows it, with the version to send back.</summary>
public sealed record NeedLine(long Id, string StationId, string ClientId, string ClientName, string Kind, string Description, string SourceModule, DateTime RecordedAt, string? Link, OfferedNeedState State, string? ReferralId, string? DismissedReason = null, int Version = 0)
{
    internal static IQueryable<NeedLine> From(IQueryable<OfferedNeed> needs) =>
        needs.Select(n => new NeedLine(n.Id, n.StationId, n.ClientId, n.ClientName, n.Kind, n.Description, n.SourceModule, n.RecordedAt, n.Link, n.State, n.ReferralId, n.DismissedReason, EF.Property<int>(n, ModuleModel.VersionProperty)));
}

/// <summary>The needs offered for referral the caller may see (a worker: their station), those still waiting unless <see cref="All"/> (then also the referred and the 无需转介), oldest first.</summary>
[Requires(ResourcesPermissions.View)]
internal sealed record PageNeeds(string? StationId = null, string? ClientId = null, bool All = false, int Page = 1, int PageSize = ListPager.DefaultPageSize) : IRequest<Paged<NeedLine>>
{
    internal sealed class Handler(ResourcesDb db) : IRequestHandler<PageNeeds, Paged<NeedLine>>
    {
        public async Task<Paged<NeedLine>> Handle(PageNeeds request, CancellationToken cancellationToken)
        {
            var query = db.Needs.AsNoTracking().Where(n => n.State != OfferedNeedState.Withdrawn);
            if (!request.All)
            {
                query = query.Where(n => n.State == OfferedNeedState.Waiting);
            }

            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                query = query.Where(n => n.StationId == request.StationId);
            }

            if (!string.IsNullOrWhiteSpace(request.ClientId))
            {
                query = query.Where(n => n.ClientId == request.ClientId);
            }

            return await NeedLine.From(query.OrderBy(n => n.RecordedAt).ThenBy(n => n.Id)).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
        }
    }
}

/// <summary>One offered need the caller may see, or 404.</summary>
[Requires(ResourcesPermissions.View)]
internal sealed record GetNeed(long Id) : IRequest<NeedLine>
{
    internal sealed class Handler(ResourcesDb db) : IRequestHandler<GetNeed, NeedLine>
    {
        public async Task<NeedLine> Handle(GetNeed request, CancellationToken cancellationToken)
        {
            return await NeedLine.From(db.Needs.AsNoTracking().Where(n => n.Id == request.Id && n.State != OfferedNeedState.Withdrawn)).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("找不到该需求，或您无权查看。");
        }
    }
}
