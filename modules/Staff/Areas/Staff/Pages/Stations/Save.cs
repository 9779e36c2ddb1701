using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Stations;

/// <summary>Creates a station (no id) or changes one; codes and names are unique.</summary>
[Requires(StaffPermissions.ManageStations)]
public sealed class SaveStation : IRequest<string>, IAudited
{
    string IAudited.AuditAction => Id is null ? "新建站点" : "修改站点";

    string? IAudited.AuditTarget => Id;

    public string? Id { get; set; }

    [Required(ErrorMessage = "请填写站点编码。")]
    [StringLength(20, ErrorMessage = "站点编码不能超过 20 个字符。")]
    [RegularExpression("^[A-Za-z0-9-]+$", ErrorMessage = "站点编码只能用字母、数字和 -。")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "请填写站点名称。")]
    [StringLength(50, ErrorMessage = "站点名称不能超过 50 个字符。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写所属镇街。")]
    [StringLength(50, ErrorMessage = "镇街名称不能超过 50 个字符。")]
    public string Town { get; set; } = "";

    public bool IsActive { get; set; } = true;

    internal sealed class Handler(StaffDb db) : IRequestHandler<SaveStation, string>
    {
        public async Task<string> Handle(SaveStation request, CancellationToken cancellationToken)
        {
            Station station;
            if (request.Id is null)
            {
                station = new Station(request.Code, request.Name, request.Town);
                db.Stations.Add(station);
            }
            else
            {
                station = await db.Stations.FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken)
                    ?? throw new NotFoundException("站点不存在。");
                station.Rename(request.Code, request.Name, request.Town);
                station.SetActive(request.IsActive);
            }

            if (await db.Stations.AnyAsync(s => s.Id != station.Id && s.Code == station.Code, cancellationToken))
            {
                throw new ConflictException($"站点编码 {station.Code} 已被使用。", "code");
            }

            if (await db.Stations.AnyAsync(s => s.Id != station.Id && s.Name == station.Name, cancellationToken))
            {
                throw new ConflictException($"站点名称“{station.Name}”已被使用。", "name");
            }

            await db.SaveChangesAsync(cancellationToken);
            return station.Id;
        }
    }
}
