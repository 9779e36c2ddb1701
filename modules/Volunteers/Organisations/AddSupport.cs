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

/// <summary>Support the station gave an organisation: training, an activity organised together, resources linked.</summary>
[Requires(VolunteerPermissions.Record)]
internal sealed class AddSupport : IRequest, IAudited
{
    [JsonIgnore]
    public string OrganisationId { get; set; } = "";

    [Required(ErrorMessage = "请选择日期。")]
    public DateOnly? On { get; set; }

    [EnumDataType(typeof(SupportKind), ErrorMessage = "请选择扶持方式。")]
    public SupportKind Kind { get; set; }

    [Required(ErrorMessage = "请写明扶持内容。")]
    [StringLength(500, ErrorMessage = "扶持内容不能超过 500 字。")]
    public string Text { get; set; } = "";

    string IAudited.AuditAction => "登记社区社会组织扶持";

    string? IAudited.AuditTarget => OrganisationId;

    internal sealed class Handler(VolunteersDb db, TimeProvider clock) : IRequestHandler<AddSupport, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(AddSupport request, CancellationToken cancellationToken)
        {
            var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken) ?? throw new NotFoundException("找不到这个组织，或您无权查看。");
            if (request.On > LocalTime.Today(clock))
            {
                throw new BusinessRuleException("日期不能晚于今天。", "on");
            }

            organisation.AddSupport(request.On!.Value, request.Kind, request.Text.Trim());
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
