using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Removes a client for good: the administrator only, with a reason, and audited. Archiving is the normal way.</summary>
[Requires(RegistryPermissions.Delete)]
internal sealed class DeleteClient : IRequest<Unit>, IAudited
{
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "彻底删除必须说明原因（如重复建档、录入错误）。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 个字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "彻底删除服务对象";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<DeleteClient, Unit>
    {
        public async Task<Unit> Handle(DeleteClient request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            db.Clients.Remove(client);
            if (await Households.OfAsync(db, client.Id, cancellationToken) is { } household)
            {
                Households.RemoveMember(db, household, household.Members.Single(m => m.ClientId == client.Id).Id);
            }

            await db.Timeline.Where(t => t.ClientId == client.Id).ExecuteDeleteAsync(cancellationToken);
            if (client.ArchiveCompletedAt is not null)
            {
                // A record deleted as wrong takes its 建档 credit with it.
                db.EnqueueRetraction(RegistryMessages.Archive(client), request.Reason, clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
