using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Programmes;

/// <summary>Records the end of a programme period the office decided (停保、退出), with its day and reason; it is then no longer reviewed.</summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class EndProgramme : IRequest, IAudited
{
    [JsonIgnore]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请填写终止日期。")]
    public DateOnly? EndOn { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请用 200 字以内写明终止原因。")]
    [StringLength(200, ErrorMessage = "请用 200 字以内写明终止原因。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "终止救助项目";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<EndProgramme, Unit>
    {
        public async Task<Unit> Handle(EndProgramme request, CancellationToken cancellationToken)
        {
            var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个救助项目，或您无权查看。");
            if (request.EndOn > LocalTime.Today(clock))
            {
                throw new BusinessRuleException("终止日期不能晚于今天。", "endOn");
            }

            programme.End(request.EndOn!.Value, request.Reason.Trim());
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
