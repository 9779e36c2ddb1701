using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>A station worker starts a group with its plan and first members; it counts only when completed (<see cref="CompleteGroup"/>).</summary>
[Requires(SocialWorkPermissions.Record)]
public sealed class StartGroup : IRequest<string>, IAudited
{
    [Required(ErrorMessage = "请填写小组名称。")]
    [StringLength(100, ErrorMessage = "小组名称不能超过 100 字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写服务对象（如：留守儿童、独居老人）。")]
    [StringLength(100, ErrorMessage = "服务对象不能超过 100 字。")]
    public string Target { get; set; } = "";

    [Required(ErrorMessage = "请填写小组计划书：目标、理念与方法、招募方式。")]
    [StringLength(4000, ErrorMessage = "小组计划书不能超过 4000 字。")]
    public string Plan { get; set; } = "";

    /// <summary>The topics of the sessions planned (the standard plans 6).</summary>
    public List<string> PlannedSessions { get; set; } = [];

    public List<NewMember> Members { get; set; } = [];

    string IAudited.AuditAction => "开设小组";

    string? IAudited.AuditTarget => Name;

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<StartGroup, string>
    {
        public async Task<string> Handle(StartGroup request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("开设小组");
            var workerId = user.UserId!;

            var planned = request.PlannedSessions.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
            if (planned.Count < Group.CountedSessions || planned.Any(t => t.Length > 100))
            {
                throw new BusinessRuleException($"请列出计划的 {Group.CountedSessions} 节活动主题（每节 100 字以内）。", "plannedSessions");
            }

            var group = new Group(station, workerId, clock.GetUtcNow().UtcDateTime)
            {
                Name = request.Name.Trim(),
                Target = request.Target.Trim(),
                Plan = request.Plan.Trim(),
                PlannedSessions = planned,
            };
            await GroupMembers.AddAsync(mediator, group, request.Members, cancellationToken);
            db.Groups.Add(group);
            await db.SaveChangesAsync(cancellationToken);
            return group.Id;
        }
    }
}
