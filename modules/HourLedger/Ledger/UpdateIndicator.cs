using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The administrator changes an indicator of the current project's catalogue (for a new project, or a corrected
/// term). Entries already credited keep the standard hours they were credited with.
/// </summary>
[Requires(LedgerPermissions.ManageProjects)]
public sealed class UpdateIndicator : IRequest<MediatR.Unit>, IAudited
{
    public string Code { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "请填写指标名称。")]
    [System.ComponentModel.DataAnnotations.StringLength(100, ErrorMessage = "名称不能超过 100 个字。")]
    public string Name { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Range(0, 1000, ErrorMessage = "标准时长应在 0 到 1000 小时之间。")]
    public decimal StandardHours { get; set; }

    [System.ComponentModel.DataAnnotations.Range(0, 1_000_000, ErrorMessage = "目标数量应在 0 到 1,000,000 之间。")]
    public decimal TargetQuantity { get; set; }

    public bool IsProfessional { get; set; } = true;

    /// <summary>Null for the current project.</summary>
    public int? ProjectId { get; set; }

    string IAudited.AuditAction => "修改指标目录";

    string? IAudited.AuditTarget => Code;

    string? IAudited.AuditDetail => $"{Name}：{StandardHours} 小时/单位，目标 {TargetQuantity}，{(IsProfessional ? "专业" : "非专业")}";

    internal sealed class Handler(LedgerDb db, TimeProvider clock) : IRequestHandler<UpdateIndicator, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(UpdateIndicator request, CancellationToken cancellationToken)
        {
            var project = await Progress.ProjectOnAsync(db, await Progress.StartOfAsync(db, request.ProjectId, cancellationToken) ?? LocalTime.Today(clock), cancellationToken)
                ?? throw new Platform.Contracts.NotFoundException("还没有服务项目。");
            var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.ProjectId == project.Id && i.Code == request.Code, cancellationToken)
                ?? throw new Platform.Contracts.NotFoundException($"指标目录中没有“{request.Code}”。");
            if (request.TargetQuantity != Math.Round(request.TargetQuantity))
            {
                throw new Platform.Contracts.BusinessRuleException("目标数量请填整数。", "targetQuantity");
            }

            indicator.Name = request.Name.Trim();
            indicator.StandardHours = request.StandardHours;
            indicator.TargetQuantity = request.TargetQuantity;
            indicator.IsProfessional = request.IsProfessional;
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
