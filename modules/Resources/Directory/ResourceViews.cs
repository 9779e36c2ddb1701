using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Directory;

/// <summary>One entry of the directory as lists show it: the phone masked (139****5678), as the registry's lists mask phones.</summary>
public sealed record ResourceLine(string Id, string StationId, ResourceKind Kind, string Name, string Offers, string? ForWhom, string? ContactPerson, string? MaskedPhone, bool IsActive);

/// <summary>One entry in full: the phone whole, for the worker who calls it.</summary>
public sealed record ResourceView(string Id, string StationId, bool IsDistrict, ResourceKind Kind, string Name, string Offers, string? ForWhom, string? Conditions, string? ContactPerson, string? ContactPhone, bool IsActive, DateTime UpdatedAt, int Version);

/// <summary>A page of the directory and how it is sorted.</summary>
public sealed record ResourcePage(Paged<ResourceLine> Rows, ListSort Sort);

/// <summary>
/// The directory the caller may see (a worker: their station's and the district's entries), filtered by kind,
/// station (<c>district</c> for the district's own), words in the name, offer, target or contact, and whether
/// inactive entries are wanted; a page at a time.
/// </summary>
[Requires(ResourcesPermissions.View)]
internal sealed record PageResources(ResourceKind? Kind = null, string? StationId = null, string? Query = null, bool WithInactive = false, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<ResourcePage>
{
    internal static readonly SortColumns<Resource> Columns = new SortColumns<Resource>("kind")
        .Add("kind", r => r.Kind)
        .Add("name", r => r.Name)
        .Add("updated", r => r.UpdatedAt)
        .ThenBy(r => r.Name)
        .ThenBy(r => r.Id);

    internal sealed class Handler(ResourcesDb db) : IRequestHandler<PageResources, ResourcePage>
    {
        public async Task<ResourcePage> Handle(PageResources request, CancellationToken cancellationToken)
        {
            var query = db.VisibleResources();
            if (request.Kind is { } kind)
            {
                query = query.Where(r => r.Kind == kind);
            }

            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                var station = request.StationId.Trim();
                query = query.Where(r => r.StationId == station);
            }

            if (!request.WithInactive)
            {
                query = query.Where(r => r.IsActive);
            }

            if (!string.IsNullOrWhiteSpace(request.Query))
            {
                var words = request.Query.Trim();
                words = words.Length > 50 ? words[..50] : words;
                query = query.Where(r => r.Name.Contains(words) || r.Offers.Contains(words) || (r.ForWhom != null && r.ForWhom.Contains(words)) || (r.ContactPerson != null && r.ContactPerson.Contains(words)));
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            var page = await Columns.Apply(query, sort).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new ResourcePage(page.Map(r => new ResourceLine(r.Id, r.StationId, r.Kind, r.Name, r.Offers, r.ForWhom, r.ContactPerson, Masking.Phone(r.ContactPhone), r.IsActive)), sort);
        }
    }
}

/// <summary>One entry of the directory the caller may see, or 404.</summary>
[Requires(ResourcesPermissions.View)]
internal sealed record GetResource(string Id) : IRequest<ResourceView>
{
    internal sealed class Handler(ResourcesDb db) : IRequestHandler<GetResource, ResourceView>
    {
        public async Task<ResourceView> Handle(GetResource request, CancellationToken cancellationToken)
        {
            var r = await db.VisibleResources().FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该资源，或您无权查看。");
            var version = (int)db.Entry(r).Property(ModuleModel.VersionProperty).CurrentValue!;
            return new ResourceView(r.Id, r.StationId, r.IsDistrict, r.Kind, r.Name, r.Offers, r.ForWhom, r.Conditions, r.ContactPerson, r.ContactPhone, r.IsActive, r.UpdatedAt, version);
        }
    }
}

/// <summary>The active entries a worker may refer a client to (their station's and the district's), for the referral form.</summary>
[Requires(ResourcesPermissions.View)]
internal sealed record ListReferableResources : IRequest<IReadOnlyList<ResourceLine>>
{
    internal sealed class Handler(ResourcesDb db) : IRequestHandler<ListReferableResources, IReadOnlyList<ResourceLine>>
    {
        public async Task<IReadOnlyList<ResourceLine>> Handle(ListReferableResources request, CancellationToken cancellationToken) =>
            (await db.VisibleResources().AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Kind).ThenBy(r => r.Name).Take(500).ToListAsync(cancellationToken))
                .Select(r => new ResourceLine(r.Id, r.StationId, r.Kind, r.Name, r.Offers, r.ForWhom, r.ContactPerson, Masking.Phone(r.ContactPhone), r.IsActive)).ToList();
    }
}
