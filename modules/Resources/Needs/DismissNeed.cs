using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modules.Resources.Data;

namespace Platform.Modules.Resources.Needs;

/// <summary>
/// 无需转介: a worker of the need's station (another station's need is not found) or the lead takes a waiting need off
/// the 待链接 list with the reason (the family solved it, another service already covers it …). Audited; counted apart
/// on the figures. A need referred, withdrawn or dismissed meanwhile, or changed since <see cref="Version"/> was read,
/// is a 409 in Chinese.
/// </summary>
[Requires(ResourcesPermissions.Dismiss)]
internal sealed class DismissNeed : IRequest, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public long Id { get; set; }

    [Required(ErrorMessage = "请说明为什么无需转介。")]
    [StringLength(200, ErrorMessage = "无需转介的原因不能超过 200 字。")]
    public string? Reason { get; set; }

    /// <summary>The version the page or app read; a need changed since is refused (409).</summary>
    public int? Version { get; set; }

    string IAudited.AuditAction => "需求无需转介";

    string? IAudited.AuditTarget => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(ResourcesDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<DismissNeed, Unit>
    {
        public async Task<Unit> Handle(DismissNeed request, CancellationToken cancellationToken)
        {
            var need = await db.Needs.FirstOrDefaultAsync(n => n.Id == request.Id && n.State != Domain.OfferedNeedState.Withdrawn, cancellationToken)
                ?? throw new NotFoundException("找不到该需求，或您无权查看。");
            if (request.Version is { } read && read != (int)db.Entry(need).Property(ModuleModel.VersionProperty).CurrentValue!)
            {
                throw new ConflictException("这项需求刚才已被修改，请刷新后再操作。", "version");
            }

            var reason = request.Reason?.Trim();
            if (string.IsNullOrEmpty(reason))
            {
                throw new BusinessRuleException("请说明为什么无需转介。", "reason");
            }

            need.Dismiss(reason, user.UserId ?? "", clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
