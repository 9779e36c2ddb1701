using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Staff;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>The worker responsible, or the lead, hands a case to a colleague of the same station.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
public sealed class TransferCase : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请选择接手的社工。")]
    public string WorkerId { get; set; } = "";

    [Required(ErrorMessage = "请说明转介原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "个案转由他人负责";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{WorkerId}：{Reason}";

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<TransferCase, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(TransferCase request, CancellationToken cancellationToken)
        {
            var @case = await Records.ForChangeAsync(db.Cases, request.Id, "个案", cancellationToken);
            var colleagues = await mediator.Send(new GetStationWorkers(@case.StationId), cancellationToken);
            if (!colleagues.Any(w => w.Id == request.WorkerId && w.IsActive))
            {
                throw new BusinessRuleException("接手的社工须是本站点在职的社工。", "workerId");
            }

            @case.TransferTo(request.WorkerId, request.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
