using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;

namespace Platform.Modules.Volunteers.Teams;

/// <summary>The teams the caller may see, with their leader's name and members.</summary>
[Requires(VolunteerPermissions.View)]
internal sealed record ListTeams : IRequest<IReadOnlyList<TeamLine>>
{
    internal sealed class Handler(VolunteersDb db) : IRequestHandler<ListTeams, IReadOnlyList<TeamLine>>
    {
        public async Task<IReadOnlyList<TeamLine>> Handle(ListTeams request, CancellationToken cancellationToken)
        {
            var teams = await db.Teams.AsNoTracking().OrderBy(t => t.StationId).ThenBy(t => t.Name).Take(500).ToListAsync(cancellationToken);
            var ids = teams.SelectMany(t => t.Members.Select(m => m.VolunteerId)).Distinct().ToList();
            var names = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
            return teams.Select(t => new TeamLine(t.Id, t.StationId, t.Name, t.LeaderId is null ? null : names.GetValueOrDefault(t.LeaderId), t.Description,
                t.Members.Select(m => new TeamMemberLine(m.VolunteerId, names.GetValueOrDefault(m.VolunteerId, "?"))).OrderBy(m => m.Name).ToList())).ToList();
        }
    }
}

public sealed record TeamLine(string Id, string StationId, string Name, string? Leader, string? Description, IReadOnlyList<TeamMemberLine> Members);

public sealed record TeamMemberLine(string Id, string Name);
