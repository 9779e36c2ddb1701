using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Removes a member from a client's household.</summary>
[Requires(RegistryPermissions.Register)]
internal sealed record RemoveHouseholdMember(string ClientId, long MemberId) : IRequest<Unit>, IAudited
{
    string IAudited.AuditAction => "移除家庭成员";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"成员 {MemberId}";

    internal sealed class Handler(RegistryDb db) : IRequestHandler<RemoveHouseholdMember, Unit>
    {
        public async Task<Unit> Handle(RemoveHouseholdMember request, CancellationToken cancellationToken)
        {
            await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var household = await Households.OfAsync(db, request.ClientId, cancellationToken)
                ?? throw new NotFoundException("该服务对象还没有家庭成员记录。");
            Households.RemoveMember(db, household, request.MemberId);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
