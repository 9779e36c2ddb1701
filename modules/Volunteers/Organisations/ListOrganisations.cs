using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Organisations;

/// <summary>The organisations the caller may see, with stage history, support given and member volunteers.</summary>
[Requires(VolunteerPermissions.View)]
internal sealed record ListOrganisations : IRequest<IReadOnlyList<OrganisationLine>>
{
    internal sealed class Handler(VolunteersDb db) : IRequestHandler<ListOrganisations, IReadOnlyList<OrganisationLine>>
    {
        public async Task<IReadOnlyList<OrganisationLine>> Handle(ListOrganisations request, CancellationToken cancellationToken)
        {
            var list = await db.Organisations.AsNoTracking().OrderBy(o => o.StationId).ThenBy(o => o.Name).Take(500).ToListAsync(cancellationToken);
            var ids = list.SelectMany(o => o.Members.Select(m => m.VolunteerId)).Distinct().ToList();
            var names = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
            return list.Select(o => new OrganisationLine(o.Id, o.StationId, o.Name, o.Kind, o.Contact, o.Uscc, o.Stage, o.StageSince,
                o.Stages.OrderBy(s => s.Since).Select(s => new StageLine(s.Stage, s.Since)).ToList(),
                o.Supports.OrderByDescending(s => s.On).Select(s => new SupportLine(s.On, s.Kind, s.Text)).ToList(),
                o.Members.Select(m => names.GetValueOrDefault(m.VolunteerId, "?")).Order().ToList())).ToList();
        }
    }
}

public sealed record OrganisationLine(string Id, string StationId, string Name, string Kind, string? Contact, string? Uscc, CultivationStage Stage, DateOnly StageSince,
    IReadOnlyList<StageLine> Stages, IReadOnlyList<SupportLine> Supports, IReadOnlyList<string> Members);

public sealed record StageLine(CultivationStage Stage, DateOnly Since);

public sealed record SupportLine(DateOnly On, SupportKind Kind, string Text);

/// <summary>Per station: organisations by stage, volunteers, activities closed this year (the dashboard card).</summary>
[Requires(VolunteerPermissions.View)]
internal sealed record GetStationCounts : IRequest<IReadOnlyList<StationCounts>>
{
    internal sealed class Handler(VolunteersDb db) : IRequestHandler<GetStationCounts, IReadOnlyList<StationCounts>>
    {
        public async Task<IReadOnlyList<StationCounts>> Handle(GetStationCounts request, CancellationToken cancellationToken)
        {
            var stages = await db.Organisations.AsNoTracking().GroupBy(o => new { o.StationId, o.Stage }).Select(g => new { g.Key.StationId, g.Key.Stage, Count = g.Count() }).ToListAsync(cancellationToken);
            var volunteers = await db.VolunteerStations.AsNoTracking().GroupBy(s => s.StationId).Select(g => new { StationId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            var hours = (await db.Activities.AsNoTracking().Where(a => a.State == ActivityState.Closed).Select(a => new { a.StationId, a.CreditedHours }).ToListAsync(cancellationToken))
                .GroupBy(a => a.StationId).Select(g => new { StationId = g.Key, Hours = g.Sum(a => a.CreditedHours) }).ToList();
            var stations = stages.Select(s => s.StationId).Concat(volunteers.Select(v => v.StationId)).Concat(hours.Select(h => h.StationId)).Distinct().Order();
            return stations.Select(id => new StationCounts(id,
                Enum.GetValues<CultivationStage>().ToDictionary(s => s, s => stages.Where(x => x.StationId == id && x.Stage == s).Sum(x => x.Count)),
                volunteers.Where(v => v.StationId == id).Sum(v => v.Count),
                hours.Where(h => h.StationId == id).Sum(h => h.Hours))).ToList();
        }
    }
}

public sealed record StationCounts(string StationId, IReadOnlyDictionary<CultivationStage, int> Organisations, int Volunteers, decimal Hours)
{
    public int OrganisationTotal => Organisations.Values.Sum();
}
