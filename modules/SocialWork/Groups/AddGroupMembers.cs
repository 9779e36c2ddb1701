using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>The worker responsible adds members to an open group.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Group))]
internal sealed record AddGroupMembers(string Id, IReadOnlyList<NewMember> Members) : IRequest<int>, IAudited, IAboutRecord
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
