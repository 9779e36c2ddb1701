using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Moves a client to another station with its history. The write guard lets only those who may change both
/// stations do it — the project lead or the administrator — so a worker asks the lead.
/// </summary>
[Requires(RegistryPermissions.Transfer)]
internal sealed class TransferClient : IRequest<Unit>, IAudited
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
