using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modularity.Records;
using Platform.Modules.Sample.Data;
using Platform.Modules.Sample.Files;

namespace Platform.Modules.Sample.Visits;

/// <summary>
/// A visit to a person with an open file. It credits OUTREACH (one visit) to the worker and goes on the person's
/// timeline, through the outbox in the same transaction, so a crash loses neither and a retry counts nothing twice.
/// </summary>
[Requires(SamplePermissions.Record)]
public sealed class RecordSampleVisit : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请填写探访时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(ErrorMessage = "请填写探访情况。")]
    [StringLength(2000, ErrorMessage = "探访情况不能超过 2000 字。")]
    public string Content { get; set; } = "";

    string IAudited.AuditAction => "示例模块探访";

    string? IAudited.AuditTarget => ClientId;

    internal sealed class Handler(SampleDb db, SampleFiles files, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordSampleVisit, string>
    {
        public async Task<string> Handle(RecordSampleVisit request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记示例模块探访");
            var file = await files.ForRecordingAsync(request.ClientId, cancellationToken);
            VisitTime.Check(request.VisitedAt!.Value, clock);

            var visit = new SampleVisit(file.ClientId, station, user.UserId!, request.VisitedAt.Value.UtcDateTime, request.Content.Trim());
            db.Visits.Add(visit);
            var source = SampleMessages.Visit(visit.Id);
            var link = SampleMessages.Link(file.ClientId);
            db.EnqueueCredit(source, new ServiceCredit(station, visit.WorkerId, Indicators.Outreach, 1, LocalTime.DateOf(request.VisitedAt.Value), [file.ClientId], $"示例模块探访：{file.Name}", link), clock);
            db.EnqueueTimeline(source, [file.ClientId], LocalTime.Of(request.VisitedAt.Value), "示例模块探访", visit.Content.Length > 80 ? visit.Content[..80] + "…" : visit.Content, link, clock);
            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }
    }
}
