using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Ledger;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

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
