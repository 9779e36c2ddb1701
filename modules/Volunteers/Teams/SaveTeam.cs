using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Teams;

/// <summary>A station's 志愿服务队: created (no id) or changed, with its leader and members from the station's volunteers.</summary>
[Requires(VolunteerPermissions.Record)]
public sealed class SaveTeam : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string? Id { get; set; }

    [Required(ErrorMessage = "请填写服务队名称。")]
    [StringLength(100, ErrorMessage = "服务队名称不能超过 100 字。")]
    public string Name { get; set; } = "";

    [StringLength(32, ErrorMessage = "请从志愿者中选择队长。")]
    public string? LeaderId { get; set; }

    [StringLength(500, ErrorMessage = "简介不能超过 500 字。")]
    public string? Description { get; set; }

    [MaxLength(500, ErrorMessage = "一支服务队最多 500 人。")]
    public List<string> MemberIds { get; set; } = [];

    string IAudited.AuditAction => Id is null ? "新建志愿服务队" : "修改志愿服务队";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(VolunteersDb db, ICurrentUser user) : IRequestHandler<SaveTeam, string>
    {
        public async Task<string> Handle(SaveTeam request, CancellationToken cancellationToken)
        {
            Team team;
            if (request.Id is null)
            {
                team = new Team(user.StationFor("新建志愿服务队"), request.Name.Trim());
                db.Teams.Add(team);
            }
            else
            {
                team = await db.Teams.FirstOrDefaultAsync(t => t.Id == request.Id, cancellationToken) ?? throw new NotFoundException("找不到这支服务队，或您无权查看。");
            }

            var members = request.MemberIds.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
            if (request.LeaderId is { Length: > 0 } leader && !members.Contains(leader))
            {
                members.Add(leader);
            }

            var known = await db.Known.Where(v => members.Contains(v.Id)).CountAsync(cancellationToken);
            if (known != members.Count)
            {
                throw new BusinessRuleException("队员和队长须是本站点的志愿者。", "memberIds");
            }

            team.Name = request.Name.Trim();
            team.LeaderId = string.IsNullOrWhiteSpace(request.LeaderId) ? null : request.LeaderId;
            team.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
            team.SetMembers(members);
            await db.SaveChangesAsync(cancellationToken);
            return team.Id;
        }
    }
}
