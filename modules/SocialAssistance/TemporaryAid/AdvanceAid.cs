using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.TemporaryAid;

/// <summary>Records the next stage of a normal-route application (入户调查 → 公示 → 审批, with the decision, amount and office), or that an emergency application's papers are complete.</summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class AdvanceAid : IRequest, IAudited
{
    [JsonIgnore]
    public string Id { get; set; } = "";

    /// <summary>The stage reached; null with <see cref="PapersComplete"/> on the emergency route.</summary>
    public AidStage? Stage { get; set; }

    public bool PapersComplete { get; set; }

    [Required(ErrorMessage = "请填写日期。")]
    public DateOnly? On { get; set; }

    public bool? Granted { get; set; }

    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "救助金额须大于 0 元。")]
    public decimal? Amount { get; set; }

    [StringLength(100, ErrorMessage = "审批机关不能超过 100 字。")]
    public string? GrantedBy { get; set; }

    string IAudited.AuditAction => "办理临时救助";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => PapersComplete ? "补齐材料" : $"{Stage}";

    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<AdvanceAid, Unit>
    {
        public async Task<Unit> Handle(AdvanceAid request, CancellationToken cancellationToken)
        {
            var aid = await db.AidApplications.FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这份临时救助申请，或您无权查看。");
            var on = request.On!.Value;
            if (on > LocalTime.Today(clock))
            {
                throw new BusinessRuleException("日期不能晚于今天。", "on");
            }

            if (request.PapersComplete)
            {
                aid.CompletePapers(on);
            }
            else
            {
                aid.Advance(request.Stage ?? throw new BusinessRuleException("请选择办理到哪一步。", "stage"), on, request.Granted, request.Amount, request.GrantedBy);
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
