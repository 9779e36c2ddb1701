using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Changes a need: its description, priority and status (a need that cannot be met says why).</summary>
[Requires(RegistryPermissions.Register)]
internal sealed class UpdateClientNeed : IRequest<Unit>, IAudited
{
    public string ClientId { get; set; } = "";

    public long NeedId { get; set; }

    [Required(ErrorMessage = "请描述这项需求。")]
    [StringLength(500, ErrorMessage = "需求描述不能超过 500 个字。")]
    public string Description { get; set; } = "";

    public NeedPriority Priority { get; set; } = NeedPriority.Medium;

    public NeedStatus Status { get; set; }

    [StringLength(200, ErrorMessage = "说明不能超过 200 个字。")]
    public string? Note { get; set; }

    string IAudited.AuditAction => "修改服务对象需求";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"需求 {NeedId}：{ArchiveCompletion.NameOf(Status)}，{Description}";

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<UpdateClientNeed, Unit>
    {
        public async Task<Unit> Handle(UpdateClientNeed request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var need = client.Needs.FirstOrDefault(n => n.Id == request.NeedId)
                ?? throw new NotFoundException("该服务对象没有这项需求。");
            var now = clock.GetUtcNow().UtcDateTime;
            need.Update(request.Description, request.Priority, request.Status, request.Note, now);
            client.Touch(now);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
