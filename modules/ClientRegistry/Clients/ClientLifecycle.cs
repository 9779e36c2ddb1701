using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Moves a client to another station with its history. The write guard lets only those who may change both
/// stations do it — the project lead or the administrator — so a worker asks the lead.
/// </summary>
[Requires(RegistryPermissions.Transfer)]
public sealed class TransferClient : IRequest<Unit>, IAudited
{
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请选择转入的站点。")]
    public string StationId { get; set; } = "";

    [Required(ErrorMessage = "请说明转移原因（如迁居）。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 个字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "转移服务对象";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"转入站点 {StationId}：{Reason}";

    internal sealed class Handler(RegistryDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<TransferClient, Unit>
    {
        public async Task<Unit> Handle(TransferClient request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            if (!(await mediator.Send(new GetStationNames(), cancellationToken)).ContainsKey(request.StationId))
            {
                throw new BusinessRuleException("转入的站点不存在。", "stationId");
            }

            var from = client.StationId;
            client.TransferTo(request.StationId, request.Reason, user.UserName, clock.GetUtcNow().UtcDateTime);
            Timeline.Add(db, client.Id, "transferred", clock.GetUtcNow().UtcDateTime, "转移站点", request.Reason);
            db.EnqueueAbout(RegistryMessages.Client(client), $"transferred:{client.Transfers.Count}", new ClientTransferred(client.Id, from, client.StationId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Archives a client (归档): out of lists and searches, history kept, restorable.</summary>
[Requires(RegistryPermissions.Register)]
public sealed class ArchiveClient : IRequest<Unit>, IAudited
{
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明归档原因（如死亡、迁出、不再符合条件）。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 个字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "归档服务对象";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<ArchiveClient, Unit>
    {
        public async Task<Unit> Handle(ArchiveClient request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            client.Archive(request.Reason, clock.GetUtcNow().UtcDateTime);
            Timeline.Add(db, client.Id, "archived", clock.GetUtcNow().UtcDateTime, "归档", request.Reason);
            db.EnqueueAbout(RegistryMessages.Client(client), $"archived:{Guid.NewGuid():N}", new ClientArchived(client.Id, client.StationId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Brings an archived client back into the station's lists.</summary>
[Requires(RegistryPermissions.Register)]
public sealed record RestoreClient(string Id) : IRequest<Unit>, IAudited
{
    string IAudited.AuditAction => "恢复已归档的服务对象";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<RestoreClient, Unit>
    {
        public async Task<Unit> Handle(RestoreClient request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            client.Restore(clock.GetUtcNow().UtcDateTime);
            Timeline.Add(db, client.Id, "restored", clock.GetUtcNow().UtcDateTime, "恢复为在册服务对象");
            db.EnqueueAbout(RegistryMessages.Client(client), $"restored:{Guid.NewGuid():N}", new ClientRestored(client.Id, client.StationId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Removes a client for good: the administrator only, with a reason, and audited. Archiving is the normal way.</summary>
[Requires(RegistryPermissions.Delete)]
public sealed class DeleteClient : IRequest<Unit>, IAudited
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

internal static class ClientLifecycle
{
    public static async Task<Client> FindAsync(RegistryDb db, string id, CancellationToken cancellationToken) =>
        await db.Clients.FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
}
