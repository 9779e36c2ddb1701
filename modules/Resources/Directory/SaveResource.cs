using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Directory;

/// <summary>
/// Adds an entry to the directory (no <see cref="Id"/>) or changes one. A station worker's entry belongs to their
/// station; someone who sees every station (project lead, administrator) enters district-wide entries, or one for a
/// station they name. The write guard refuses a worker's change to the district's or another station's entry; an
/// entry changed since the page or app read it (<see cref="Version"/>) is a 409 in Chinese.
/// </summary>
[Requires(ResourcesPermissions.Directory)]
public sealed class SaveResource : IRequest<string>, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Id { get; set; }

    /// <summary>For those who see every station: a station's id, or empty for the district.</summary>
    [StringLength(32, ErrorMessage = "站点编号不能超过 32 个字符。")]
    public string? StationId { get; set; }

    [Required(ErrorMessage = "请选择资源类型。")]
    public ResourceKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写资源名称。")]
    [StringLength(100, ErrorMessage = "资源名称不能超过 100 字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请说明能提供什么帮助。")]
    [StringLength(500, ErrorMessage = "提供的帮助不能超过 500 字。")]
    public string Offers { get; set; } = "";

    [StringLength(200, ErrorMessage = "服务对象不能超过 200 字。")]
    public string? ForWhom { get; set; }

    [StringLength(500, ErrorMessage = "条件不能超过 500 字。")]
    public string? Conditions { get; set; }

    [StringLength(50, ErrorMessage = "联系人不能超过 50 字。")]
    public string? ContactPerson { get; set; }

    [StringLength(30, ErrorMessage = "联系电话不能超过 30 个字符。")]
    [RegularExpression(@"^\s*\+?[0-9][0-9 \-]{4,28}\s*$", ErrorMessage = "联系电话只能填数字（可带“-”），如 0791-86000000 或 13900000000。")]
    public string? ContactPhone { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The version the page or app read; an entry changed since is refused (409).</summary>
    public int? Version { get; set; }

    string IAudited.AuditAction => Id is null ? "新增资源" : "修改资源";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Name;

    internal sealed class Handler(ResourcesDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveResource, string>
    {
        public async Task<string> Handle(SaveResource request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            Resource resource;
            if (request.Id is null)
            {
                var station = user.StationId ?? (string.IsNullOrWhiteSpace(request.StationId) ? Resource.District : request.StationId.Trim());
                resource = new Resource(station, request.Kind!.Value, request.Name.Trim(), user.UserId ?? "", now);
                db.Resources.Add(resource);
            }
            else
            {
                resource = await db.VisibleResources().FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                    ?? throw new NotFoundException("找不到该资源，或您无权查看。");
                if (request.Version is { } read && read != (int)db.Entry(resource).Property(ModuleModel.VersionProperty).CurrentValue!)
                {
                    throw new ConflictException("这个资源刚才已被他人修改，请刷新后查看最新内容再保存。", "version");
                }
            }

            resource.Kind = request.Kind!.Value;
            resource.Name = request.Name.Trim();
            resource.Offers = request.Offers.Trim();
            resource.ForWhom = Clean(request.ForWhom);
            resource.Conditions = Clean(request.Conditions);
            resource.ContactPerson = Clean(request.ContactPerson);
            resource.ContactPhone = Clean(request.ContactPhone);
            resource.IsActive = request.IsActive;
            resource.UpdatedAt = now;
            if (resource.Name.Length == 0 || resource.Offers.Length == 0)
            {
                throw new BusinessRuleException(resource.Name.Length == 0 ? "请填写资源名称。" : "请说明能提供什么帮助。", resource.Name.Length == 0 ? "name" : "offers");
            }

            await db.SaveChangesAsync(cancellationToken);
            return resource.Id;
        }

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
