using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>A member to add: a registered client of the station by id, or a resident by name.</summary>
public sealed record NewMember(string? ClientId, string? Name);

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
            if (user.StationId is not { } station || user.UserId is not { } workerId)
            {
                throw new ForbiddenException("只有驻站社工可以开设小组。");
            }

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

/// <summary>The worker responsible adds members to an open group.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
public sealed record AddGroupMembers(string Id, IReadOnlyList<NewMember> Members) : IRequest<int>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "添加小组组员";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => string.Join("、", Members.Select(m => m.Name ?? m.ClientId));

    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<AddGroupMembers, int>
    {
        public async Task<int> Handle(AddGroupMembers request, CancellationToken cancellationToken)
        {
            var group = await GroupAccess.ForChangeAsync(db, request.Id, cancellationToken);
            if (request.Members.Count == 0)
            {
                throw new BusinessRuleException("请填写要添加的组员。", "members");
            }

            await GroupMembers.AddAsync(mediator, group, request.Members, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return group.ActiveMembers.Count();
        }
    }
}

/// <summary>
/// The worker responsible records a session held: date, topic, the members present (by number) and the process
/// record. Below 60 % attendance, or without a process record, it is kept but does not count — the answer says so.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
public sealed class RecordGroupSession : IRequest<SessionResult>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请填写活动日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写本节主题。")]
    [StringLength(100, ErrorMessage = "本节主题不能超过 100 字。")]
    public string Topic { get; set; } = "";

    [StringLength(4000, ErrorMessage = "过程记录不能超过 4000 字。")]
    public string? ProcessRecord { get; set; }

    /// <summary>The numbers of the members present.</summary>
    public List<int> Attendance { get; set; } = [];

    string IAudited.AuditAction => "登记小组活动";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{Date:yyyy-MM-dd} {Topic}，出勤 {Attendance.Count} 人";

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<RecordGroupSession, SessionResult>
    {
        public async Task<SessionResult> Handle(RecordGroupSession request, CancellationToken cancellationToken)
        {
            var group = await GroupAccess.ForChangeAsync(db, request.Id, cancellationToken);
            var record = string.IsNullOrWhiteSpace(request.ProcessRecord) ? null : request.ProcessRecord.Trim();
            var session = group.AddSession(request.Date!.Value, request.Topic.Trim(), record, request.Attendance, LocalTime.Today(clock));
            await db.SaveChangesAsync(cancellationToken);
            return SessionResult.Of(session);
        }
    }
}

/// <summary>How a session stands: its attendance rate and whether it counts, with the reason when it does not.</summary>
public sealed record SessionResult(int Number, decimal AttendanceRate, bool Qualifies, string? Reason)
{
    internal static SessionResult Of(GroupSession session) => new(
        session.Number,
        session.AttendanceRate,
        session.Qualifies,
        session.AttendanceRate < Group.LeastAttendance ? $"出勤率 {session.AttendanceRate:P0}，低于 60%，本节不计入"
            : session.Qualifies ? null : "缺少过程记录，本节不计入");
}

/// <summary>
/// Completes a group with its summary report once it has 8 members and 6 qualifying sessions: its first 6
/// qualifying sessions are credited (GROUPWORK, one a session, dated the day it was held) and the registered
/// members' timelines show the group — through the outbox, in the same transaction.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
public sealed class CompleteGroup : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请填写小组总结报告。")]
    [StringLength(4000, ErrorMessage = "小组总结报告不能超过 4000 字。")]
    public string Summary { get; set; } = "";

    string IAudited.AuditAction => "结束小组";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<CompleteGroup, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(CompleteGroup request, CancellationToken cancellationToken)
        {
            var group = await GroupAccess.ForChangeAsync(db, request.Id, cancellationToken);
            group.Complete(request.Summary.Trim(), clock.GetUtcNow().UtcDateTime);
            var clients = group.Members.Where(m => m.ClientId is not null).ToDictionary(m => m.Number, m => m.ClientId!);
            foreach (var session in group.CountedSessionList)
            {
                db.EnqueueCredit(
                    GroupAccess.Session(group, session),
                    new ServiceCredit(group.StationId, group.WorkerId, Indicators.Groupwork, 1, session.Date, [.. session.Present.Where(clients.ContainsKey).Select(n => clients[n])], $"小组活动：{group.Name} 第 {session.Number} 节", GroupAccess.Link(group)),
                    clock);
            }

            db.EnqueueTimeline(GroupAccess.Source(group), clients.Values.Distinct(), clock.GetUtcNow(), "参加小组", group.Name, GroupAccess.Link(group), clock);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>The worker responsible, or the lead, withdraws a group entered in error; a completed one's hours and timeline entries are taken back.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
public sealed class WithdrawGroup : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明撤回的原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "撤回小组";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WithdrawGroup, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WithdrawGroup request, CancellationToken cancellationToken)
        {
            var group = await GroupAccess.FindForChangeAsync(db, request.Id, cancellationToken);
            var counted = group.IsCompleted ? group.CountedSessionList : [];
            group.Withdraw(request.Reason.Trim());
            var reason = "小组已撤回：" + group.WithdrawReason;
            foreach (var session in counted)
            {
                db.EnqueueRetraction(GroupAccess.Session(group, session), reason, clock);
            }

            if (counted.Count > 0)
            {
                // The credits are the sessions' parts, taken back above; the group itself holds only the timeline entries.
                db.EnqueueWithdrawal(GroupAccess.Source(group), credited: false, reason, clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>Adding members: registered clients must be of the group's station; residents are named.</summary>
internal static class GroupMembers
{
    public static async Task AddAsync(IMediator mediator, Group group, IEnumerable<NewMember> members, CancellationToken cancellationToken)
    {
        var list = members.ToList();
        var clients = await StationClients.FindAsync(mediator, list.Select(m => m.ClientId ?? ""), group.StationId, 100, cancellationToken);
        foreach (var member in list)
        {
            if (member.ClientId is { Length: > 0 } clientId)
            {
                var client = clients.First(c => c.Id == clientId.Trim());
                group.AddMember(client.Id, client.Name);
            }
            else if (member.Name?.Trim() is { Length: > 0 and <= 50 } name)
            {
                group.AddMember(null, name);
            }
            else
            {
                throw new BusinessRuleException("组员须是登记的服务对象，或写明姓名（50 字以内）。", "members");
            }
        }
    }
}

/// <summary>Who may change a group, and how it names itself to the ledger and the registry.</summary>
internal static class GroupAccess
{
    public const string Module = "socialwork";

    public static RecordSource Source(Group group) => new(Module, "group", group.Id);

    /// <summary>Each counted session is credited on its own (<c>group:42:session:3</c>).</summary>
    public static RecordSource Session(Group group, GroupSession session) => Source(group).Part($"session:{session.Number}");

    public static string Link(Group group) => $"/socialwork/groups/details/{group.Id}";

    /// <summary>The group, when the caller may change it (<see cref="Records"/>).</summary>
    public static Task<Group> FindForChangeAsync(SocialWorkDb db, string id, CancellationToken cancellationToken) =>
        Records.ForChangeAsync(db.Groups, id, "小组", cancellationToken);

    /// <summary>The same, for a change to an open group.</summary>
    public static async Task<Group> ForChangeAsync(SocialWorkDb db, string id, CancellationToken cancellationToken)
    {
        var group = await FindForChangeAsync(db, id, cancellationToken);
        group.EnsureOpen();
        return group;
    }
}
