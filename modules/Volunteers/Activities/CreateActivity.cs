using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>A worker plans a volunteer activity they link: its day and times, place, content, and who organises it.</summary>
[Requires(VolunteerPermissions.Record)]
public sealed class CreateActivity : IRequest<string>, IAudited
{
    [Required(ErrorMessage = "请填写活动名称。")]
    [StringLength(100, ErrorMessage = "活动名称不能超过 100 字。")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "请选择活动日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写开始时间。")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "请填写结束时间。")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "请填写活动地点。")]
    [StringLength(200, ErrorMessage = "活动地点不能超过 200 字。")]
    public string Place { get; set; } = "";

    [Required(ErrorMessage = "请写明服务内容。")]
    [StringLength(2000, ErrorMessage = "服务内容不能超过 2000 字。")]
    public string Content { get; set; } = "";

    [StringLength(200, ErrorMessage = "服务对象不能超过 200 字。")]
    public string? GroupServed { get; set; }

    /// <summary>The community social organisation that organises it; empty for the station itself.</summary>
    [StringLength(32, ErrorMessage = "请从列表中选择组织单位。")]
    public string? OrganisationId { get; set; }

    string IAudited.AuditAction => "登记志愿服务活动";

    string? IAudited.AuditTarget => null;

    internal sealed class Handler(VolunteersDb db, ICurrentUser user) : IRequestHandler<CreateActivity, string>
    {
        public async Task<string> Handle(CreateActivity request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记志愿服务活动");
            if (request.EndTime <= request.StartTime)
            {
                throw new BusinessRuleException("结束时间应晚于开始时间。", "endTime");
            }

            var activity = new Activity(station, user.UserId!, user.DisplayName ?? user.UserName ?? "", request.Title.Trim())
            {
                Place = request.Place.Trim(),
                Content = request.Content.Trim(),
                GroupServed = string.IsNullOrWhiteSpace(request.GroupServed) ? null : request.GroupServed.Trim(),
                StartsAt = At(request.Date!.Value, request.StartTime!.Value),
                EndsAt = At(request.Date!.Value, request.EndTime!.Value),
            };
            if (!string.IsNullOrWhiteSpace(request.OrganisationId))
            {
                var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken)
                    ?? throw new BusinessRuleException("找不到这个社区社会组织，请从列表中选择。", "organisationId");
                (activity.OrganisationId, activity.OrganisationName) = (organisation.Id, organisation.Name);
            }

            db.Activities.Add(activity);
            await db.SaveChangesAsync(cancellationToken);
            return activity.Id;
        }
    }

    /// <summary>A local day and time as UTC.</summary>
    internal static DateTime At(DateOnly day, TimeOnly time) => new DateTimeOffset(day.ToDateTime(time), LocalTime.Offset).UtcDateTime;
}
