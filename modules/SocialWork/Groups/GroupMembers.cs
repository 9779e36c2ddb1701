using MediatR;
using Platform.Contracts;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

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
