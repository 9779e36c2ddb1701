using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Organisations;

/// <summary>
/// A community social organisation the station cultivates. Its 统一社会信用代码 is checked (GB 32100-2015) when given:
/// many are only 备案 and have none, which is fine; a wrong one is refused. A stage change is kept with its date.
/// </summary>
[Requires(VolunteerPermissions.Record)]
public sealed class SaveOrganisation : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string? Id { get; set; }

    [Required(ErrorMessage = "请填写组织名称。")]
    [StringLength(100, ErrorMessage = "组织名称不能超过 100 字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写组织类型（如 公益慈善类、生活服务类、文体活动类）。")]
    [StringLength(50, ErrorMessage = "组织类型不能超过 50 字。")]
    public string Kind { get; set; } = "";

    [StringLength(100, ErrorMessage = "联系人及电话不能超过 100 字。")]
    public string? Contact { get; set; }

    [StringLength(30, ErrorMessage = "统一社会信用代码应为 18 位。")]
    public string? Uscc { get; set; }

    [EnumDataType(typeof(CultivationStage), ErrorMessage = "请选择培育阶段。")]
    public CultivationStage Stage { get; set; }

    /// <summary>Since when it is at this stage; today if empty.</summary>
    public DateOnly? StageSince { get; set; }

    [MaxLength(500, ErrorMessage = "成员最多 500 人。")]
    public List<string> MemberIds { get; set; } = [];

    string IAudited.AuditAction => Id is null ? "登记社区社会组织" : "修改社区社会组织";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(VolunteersDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveOrganisation, string>
    {
        public async Task<string> Handle(SaveOrganisation request, CancellationToken cancellationToken)
        {
            string? code = null;
            if (!string.IsNullOrWhiteSpace(request.Uscc))
            {
                if (!Domain.Uscc.TryNormalise(request.Uscc, out var normalised, out var error))
                {
                    throw new BusinessRuleException(error!, "uscc");
                }

                code = normalised;
            }

            if (request.Stage == CultivationStage.Registered && code is null)
            {
                throw new BusinessRuleException("已登记的社会组织应填写统一社会信用代码。", "uscc");
            }

            var today = LocalTime.Today(clock);
            if (request.StageSince > today)
            {
                throw new BusinessRuleException("阶段开始日期不能晚于今天。", "stageSince");
            }

            Organisation organisation;
            if (request.Id is null)
            {
                organisation = new Organisation(user.StationFor("登记社区社会组织"), request.Name.Trim());
                db.Organisations.Add(organisation);
            }
            else
            {
                organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, cancellationToken) ?? throw new NotFoundException("找不到这个组织，或您无权查看。");
            }

            var members = request.MemberIds.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
            if (await db.Known.Where(v => members.Contains(v.Id)).CountAsync(cancellationToken) != members.Count)
            {
                throw new BusinessRuleException("成员须是本站点的志愿者。", "memberIds");
            }

            organisation.Name = request.Name.Trim();
            organisation.Kind = request.Kind.Trim();
            organisation.Contact = string.IsNullOrWhiteSpace(request.Contact) ? null : request.Contact.Trim();
            organisation.Uscc = code;
            organisation.MoveTo(request.Stage, request.StageSince ?? today);
            organisation.SetMembers(members);
            await db.SaveChangesAsync(cancellationToken);
            return organisation.Id;
        }
    }
}
