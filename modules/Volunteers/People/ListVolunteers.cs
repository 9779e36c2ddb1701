using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.People;

/// <summary>
/// The volunteers the caller's station knows (all for the lead and bureau), their numbers masked; those awaiting a check
/// first when asked. <see cref="Search"/> matches the name, or the last four of the document or phone.
/// </summary>
[Requires(VolunteerPermissions.View)]
internal sealed record ListVolunteers(string? Search = null, bool AwaitingOnly = false, string? StationId = null, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<VolunteerPage>
{
    internal static readonly SortColumns<Volunteer> Columns = new SortColumns<Volunteer>("name")
        .Add("name", v => v.Name)
        .Add("status", v => v.Status)
        .Add("joined", v => v.CreatedAt)
        .ThenBy(v => v.Id);

    internal sealed class Handler(VolunteersDb db) : IRequestHandler<ListVolunteers, VolunteerPage>
    {
        public async Task<VolunteerPage> Handle(ListVolunteers request, CancellationToken cancellationToken)
        {
            var query = db.Known.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(request.StationId))
            {
                query = query.Where(v => db.VolunteerStations.Any(s => s.VolunteerId == v.Id && s.StationId == request.StationId));
            }

            if (request.AwaitingOnly)
            {
                query = query.Where(v => v.Status == VolunteerStatus.AwaitingCheck);
            }

            if (!string.IsNullOrWhiteSpace(request.Search))
            {
                var text = request.Search.Trim();
                query = query.Where(v => v.Name.Contains(text) || v.DocumentLast4 == text || v.PhoneLast4 == text);
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            var page = await Columns.Apply(query, sort)
                .Select(v => new { v.Id, v.Name, v.DocumentType, v.DocumentNumber, v.Phone, v.NationalNumber, v.Skills, v.Status, v.Consent })
                .ToPagedAsync(request.Page, request.PageSize, cancellationToken);

            // SQLite keeps decimals as text and cannot sum them: the page's hours are added here, one query for the page.
            var ids = page.Items.Select(v => v.Id).ToList();
            var served = (await db.Attendances.AsNoTracking().Where(t => ids.Contains(t.VolunteerId)).Select(t => new { t.VolunteerId, t.Hours }).ToListAsync(cancellationToken))
                .GroupBy(t => t.VolunteerId).ToDictionary(g => g.Key, g => g.Sum(t => t.Hours));
            return new VolunteerPage(page.Map(v => new VolunteerLine(v.Id, v.Name, Documents.NameOf(v.DocumentType), Masking.IdNumber(v.DocumentNumber), Masking.Phone(v.Phone), v.NationalNumber, v.Skills, v.Status, v.Consent, served.GetValueOrDefault(v.Id))), sort);
        }
    }
}

/// <summary>A volunteer in a list: numbers masked (前 6 后 4; 手机 前 3 后 4); hours as served at the caller's stations.</summary>
public sealed record VolunteerLine(string Id, string Name, string DocumentType, string? DocumentNumber, string? Phone, string? NationalNumber, string? Skills, VolunteerStatus Status, bool Consent, decimal Hours);

public sealed record VolunteerPage(Paged<VolunteerLine> Rows, ListSort Sort);
