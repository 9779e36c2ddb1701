using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Notifications;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Referrals;

/// <summary>A referral as lists show it.</summary>
public sealed record ReferralLine(string Id, string StationId, string WorkerId, string ClientId, string ClientName, string ResourceId, string ResourceName, string NeedKind, string Need, DateOnly ReferredOn, ReferralStatus Status, DateOnly? FollowUpOn, DateOnly? ClosedOn);

/// <summary>A referral in full, with the statuses it may move to next and the version to send back; <c>MadeBy</c>/<c>MadeAtStationId</c> when it came with a transferred client.</summary>
public sealed record ReferralView(
    string Id, string StationId, string WorkerId, string ClientId, string ClientName, string ResourceId, string ResourceName, ResourceKind ResourceKind,
    long? NeedId, string? NeedLink, string NeedKind, string Need, DateOnly ReferredOn, string? Note, ReferralStatus Status, DateOnly? ConnectedOn, DateOnly? ClosedOn,
    string? Outcome, string? Reason, DateOnly? FollowUpOn, IReadOnlyList<ReferralStatus> Next, int Version, string? MadeBy = null, string? MadeAtStationId = null);

/// <summary>A page of referrals and how it is sorted.</summary>
public sealed record ReferralPage(Paged<ReferralLine> Rows, ListSort Sort);

/// <summary>
/// The referrals the caller may see (a worker: their station), filtered by station, status, client, words (the
/// client's or resource's name, the need) or only those still open; newest first unless sorted otherwise.
/// </summary>
[Requires(ResourcesPermissions.View)]
internal sealed record PageReferrals(string? StationId = null, ReferralStatus? Status = null, string? ClientId = null, string? Query = null, bool OpenOnly = false, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<ReferralPage>
{
    internal static readonly SortColumns<Referral> Columns = new SortColumns<Referral>("referred", descending: true)
        .Add("referred", r => r.ReferredOn)
        .Add("client", r => r.ClientName)
        .Add("resource", r => r.ResourceName)
        .Add("status", r => r.Status)
        .Add("followup", r => r.FollowUpOn)
        .ThenBy(r => r.CreatedAt)
        .ThenBy(r => r.Id);

    internal sealed class Handler(ResourcesDb db) : IRequestHandler<PageReferrals, ReferralPage>
    {
        public async Task<ReferralPage> Handle(PageReferrals request, CancellationToken cancellationToken)
        {
            var query = db.Referrals.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                query = query.Where(r => r.StationId == request.StationId);
            }

            if (request.Status is { } status)
            {
                query = query.Where(r => r.Status == status);
            }

            if (request.OpenOnly)
            {
                query = query.Where(r => r.Status == ReferralStatus.Referred || r.Status == ReferralStatus.Connected);
            }

            if (!string.IsNullOrWhiteSpace(request.ClientId))
            {
                query = query.Where(r => r.ClientId == request.ClientId);
            }

            if (!string.IsNullOrWhiteSpace(request.Query))
            {
                var words = request.Query.Trim();
                words = words.Length > 50 ? words[..50] : words;
                query = query.Where(r => r.ClientName.Contains(words) || r.ResourceName.Contains(words) || r.Need.Contains(words));
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            var page = await Columns.Apply(query, sort).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new ReferralPage(page.Map(Line), sort);
        }
    }

    internal static ReferralLine Line(Referral r) =>
        new(r.Id, r.StationId, r.WorkerId, r.ClientId, r.ClientName, r.ResourceId, r.ResourceName, r.NeedKind, r.Need, r.ReferredOn, r.Status, r.FollowUpOn, r.ClosedOn);
}

/// <summary>One referral the caller may see, or 404.</summary>
[Requires(ResourcesPermissions.View)]
internal sealed record GetReferral(string Id) : IRequest<ReferralView>
{
    internal sealed class Handler(ResourcesDb db) : IRequestHandler<GetReferral, ReferralView>
    {
        public async Task<ReferralView> Handle(GetReferral request, CancellationToken cancellationToken)
        {
            var r = await db.Referrals.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条转介，或您无权查看。");
            return new ReferralView(r.Id, r.StationId, r.WorkerId, r.ClientId, r.ClientName, r.ResourceId, r.ResourceName, r.ResourceKind, r.NeedId, r.NeedLink, r.NeedKind, r.Need,
                r.ReferredOn, r.Note, r.Status, r.ConnectedOn, r.ClosedOn, r.Outcome, r.Reason, r.FollowUpOn, Referral.Next(r.Status), (int)db.Entry(r).Property(ModuleModel.VersionProperty).CurrentValue!, r.MadeBy, r.MadeAtStationId);
        }
    }
}

/// <summary>An open referral whose follow-up day has come joins the worker's digest until it is closed.</summary>
internal sealed class ReferralDueItems(ResourcesDb db) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        var day = notification.Day;
        var query = db.Referrals.AsNoTracking()
            .Where(r => r.FollowUpOn != null && r.FollowUpOn <= day && (r.Status == ReferralStatus.Referred || r.Status == ReferralStatus.Connected));
        if (notification.WorkerId is { } worker)
        {
            query = query.Where(r => r.WorkerId == worker);
        }

        foreach (var r in await query.OrderBy(r => r.FollowUpOn).Select(r => new { r.Id, r.WorkerId, r.ClientName, r.ResourceName, r.Status, r.FollowUpOn }).ToListAsync(cancellationToken))
        {
            notification.Add(new DueItem(r.WorkerId, ResourcesDb.Module, "转介跟进", $"{r.ClientName}（{r.ResourceName}，{ReferralTerms.NameOf(r.Status)}）", r.FollowUpOn!.Value, $"/{ResourcesDb.Module}/referrals/details/{r.Id}"));
        }
    }
}

/// <summary>
/// How many needs were linked to resources and how many met, per station. Referrals made in a calendar year (已转介
/// in all), of which 已解决, 未能解决 and still open (跟进中); the 满足率 compares 已解决 with the referrals made. Beside
/// them, the needs other modules offered, as they stand now: offered (发现) = referred + 无需转介 + withdrawn (撤回) +
/// 待链接, so 待链接 is what is left of those offered and agrees with the 待链接 list.
/// </summary>
public sealed record StationReferralFigures(string StationId, int Referred, int Resolved, int Unresolved, int Open, int Waiting, int Offered = 0, int NeedsReferred = 0, int Dismissed = 0, int Withdrawn = 0)
{
    /// <summary>已解决 as a share of the referrals made, in per cent; null with none made.</summary>
    public decimal? MetPercent => Referred == 0 ? null : Math.Round(100m * Resolved / Referred, 1);
}

/// <summary>The figures of <see cref="StationReferralFigures"/> for the stations the caller may see, for <see cref="Year"/> (default: this year).</summary>
[Requires(ResourcesPermissions.View)]
internal sealed record GetReferralFigures(int? Year = null) : IRequest<IReadOnlyList<StationReferralFigures>>
{
    internal sealed class Handler(ResourcesDb db, TimeProvider clock) : IRequestHandler<GetReferralFigures, IReadOnlyList<StationReferralFigures>>
    {
        public async Task<IReadOnlyList<StationReferralFigures>> Handle(GetReferralFigures request, CancellationToken cancellationToken)
        {
            var year = request.Year is >= 2000 and <= 2100 ? request.Year.Value : LocalTime.Today(clock).Year;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var referrals = await db.Referrals.AsNoTracking().Where(r => r.ReferredOn >= from && r.ReferredOn <= to)
                .GroupBy(r => new { r.StationId, r.Status }).Select(g => new { g.Key.StationId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
            var needs = await db.Needs.AsNoTracking()
                .GroupBy(n => new { n.StationId, n.State }).Select(g => new { g.Key.StationId, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
            return referrals.Select(r => r.StationId).Concat(needs.Select(n => n.StationId)).Distinct().Order()
                .Select(s =>
                {
                    int Of(ReferralStatus status) => referrals.Where(r => r.StationId == s && r.Status == status).Sum(r => r.Count);
                    int Needs(OfferedNeedState state) => needs.Where(n => n.StationId == s && n.State == state).Sum(n => n.Count);
                    return new StationReferralFigures(s, referrals.Where(r => r.StationId == s).Sum(r => r.Count), Of(ReferralStatus.Resolved), Of(ReferralStatus.Unresolved),
                        Of(ReferralStatus.Referred) + Of(ReferralStatus.Connected), Needs(OfferedNeedState.Waiting),
                        needs.Where(n => n.StationId == s).Sum(n => n.Count), Needs(OfferedNeedState.Referred), Needs(OfferedNeedState.Dismissed), Needs(OfferedNeedState.Withdrawn));
                }).ToList();
        }
    }
}
