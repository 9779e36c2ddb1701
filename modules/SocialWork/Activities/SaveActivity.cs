using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>
/// A station worker plans or records a community activity (no id), or the worker responsible (or the lead) changes
/// one not yet completed. It counts only when completed with its evidence (<see cref="CompleteActivity"/>).
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
public sealed class SaveActivity : IRequest<string>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id ?? "";

    /// <summary>Null to create.</summary>
    public string? Id { get; set; }

    [Required(ErrorMessage = "请选择活动规模（大型、中小型或讲座培训）。")]
    public ActivitySize? Size { get; set; }

    [Required(ErrorMessage = "请填写活动主题。")]
    [StringLength(100, ErrorMessage = "活动主题不能超过 100 字。")]
    public string Theme { get; set; } = "";

    [Required(ErrorMessage = "请填写活动日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写活动地点。")]
    [StringLength(100, ErrorMessage = "活动地点不能超过 100 字。")]
    public string Place { get; set; } = "";

    [StringLength(200, ErrorMessage = "合作单位不能超过 200 字。")]
    public string? Partners { get; set; }

    [StringLength(2000, ErrorMessage = "活动计划不能超过 2000 字。")]
    public string? Plan { get; set; }

    [Range(0, 100_000, ErrorMessage = "参与人数应在 0 到 100,000 之间。")]
    public int? Participants { get; set; }

    [StringLength(500, ErrorMessage = "志愿者名单不能超过 500 字。")]
    public string? Volunteers { get; set; }

    [Range(0, 10_000, ErrorMessage = "志愿者人数应在 0 到 10,000 之间。")]
    public int? VolunteerCount { get; set; }

    [StringLength(4000, ErrorMessage = "活动总结不能超过 4000 字。")]
    public string? Summary { get; set; }

    /// <summary>Registered clients of the station who took part (optional).</summary>
    public List<string> ClientIds { get; set; } = [];

    /// <summary>Evidence already checked and kept by the upload store (set by the page, never read from JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal List<Attachment> Files { get; set; } = [];

    string IAudited.AuditAction => Id is null ? "登记社区活动" : "修改社区活动";

    string? IAudited.AuditTarget => Id ?? Theme;

    string? IAudited.AuditDetail => $"{Size} {Date:yyyy-MM-dd} {Theme}";

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveActivity, string>
    {
        public async Task<string> Handle(SaveActivity request, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var today = LocalTime.Today(clock);
            var date = request.Date!.Value;
            if (date < today.AddYears(-1) || date > today.AddYears(1))
            {
                throw new BusinessRuleException("活动日期应在前后一年之内。", "date");
            }

            Activity activity;
            if (request.Id is { } id)
            {
                activity = await ActivityAccess.ForChangeAsync(db, id, cancellationToken);
                activity.EnsureEditable();
            }
            else
            {
                var station = user.StationFor("登记社区活动");
                var workerId = user.UserId!;

                activity = new Activity(station, workerId, now.UtcDateTime);
                db.Activities.Add(activity);
            }

            activity.Size = request.Size!.Value;
            activity.Theme = request.Theme.Trim();
            activity.Date = date;
            activity.Place = request.Place.Trim();
            activity.Partners = Clean(request.Partners);
            activity.Plan = Clean(request.Plan);
            activity.Participants = request.Participants;
            activity.Volunteers = Clean(request.Volunteers);
            activity.VolunteerCount = request.VolunteerCount;
            activity.Summary = Clean(request.Summary);
            activity.SetClients((await StationClients.FindAsync(mediator, request.ClientIds, activity.StationId, 200, cancellationToken)).Select(c => (c.Id, c.Name)));
            if (request.Files.Count > 0)
            {
                activity.Attach(request.Files);
            }

            await db.SaveChangesAsync(cancellationToken);
            return activity.Id;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
