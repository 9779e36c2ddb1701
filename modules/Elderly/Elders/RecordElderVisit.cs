using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>
/// A care visit to an elder with a profile: health, safety, living, needs. An urgent finding tells every lead at once.
/// Home visits credit OUTREACH (2 h), phone and video ones OUTREACH_PHONE (1 h), through the outbox with the visit. The
/// needs written down (of <see cref="NeedKind"/>) go on the elder's archive and are offered for a referral to a resource
/// (待链接需求), also through the outbox.
/// </summary>
[Requires(ElderlyPermissions.Record)]
public sealed class RecordElderVisit : IRequest<string>, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请填写探访时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(ErrorMessage = "请选择探访方式（入户、电话或视频）。")]
    public ElderVisitKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写探访情况。")]
    [StringLength(4000, ErrorMessage = "探访情况不能超过 4000 字。")]
    public string Content { get; set; } = "";

    [StringLength(500, ErrorMessage = "健康情况不能超过 500 字。")] public string? Health { get; set; }
    [StringLength(500, ErrorMessage = "安全情况不能超过 500 字。")] public string? Safety { get; set; }
    [StringLength(500, ErrorMessage = "生活情况不能超过 500 字。")] public string? Living { get; set; }
    [StringLength(500, ErrorMessage = "需求不能超过 500 字。")] public string? Needs { get; set; }

    /// <summary>What kind of help <see cref="Needs"/> asks for: a <see cref="NeedKinds"/> code, <c>other</c> when left out.</summary>
    [StringLength(20, ErrorMessage = "请从列表中选择需求类型。")] public string? NeedKind { get; set; }

    /// <summary>Something that cannot wait (a fall, no food or heating, illness without care).</summary>
    public bool Urgent { get; set; }

    /// <summary>Photos already checked and kept by the upload store (set by the page, never read from JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal List<Platform.Modularity.Files.StoredUpload> Photos { get; set; } = [];

    string IAudited.AuditAction => Urgent ? "老年人探访（紧急情况）" : "老年人探访";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Kind} {VisitedAt:yyyy-MM-dd HH:mm}";

    internal sealed class Handler(ElderlyDb db, ElderFiles files, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordElderVisit, string>
    {
        public async Task<string> Handle(RecordElderVisit request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记老年人探访档案和探访");
            var elder = await files.ForRecordingAsync(request.ClientId, cancellationToken);

            var now = clock.GetUtcNow();
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock);
            var needKind = NeedKinds.CodeOrOther(request.NeedKind);

            if (request.Urgent && string.IsNullOrWhiteSpace(request.Safety) && string.IsNullOrWhiteSpace(request.Health))
            {
                throw new BusinessRuleException("紧急情况请在“健康”或“安全”中写明发现了什么。", "safety");
            }

            var visit = new ElderVisit(elder.ClientId, station, user.UserId!, request.Kind!.Value, visitedAt.UtcDateTime, request.Content.Trim(), now.UtcDateTime)
            {
                Health = Clean(request.Health), Safety = Clean(request.Safety), Living = Clean(request.Living), Needs = Clean(request.Needs), Urgent = request.Urgent,
                NeedKind = Clean(request.Needs) is null ? null : needKind,
            };
            visit.AddPhotos(request.Photos);
            db.Visits.Add(visit);
            var home = visit.Kind == ElderVisitKind.Home;
            var source = ElderMessages.Visit(visit.Id);
            var link = ElderMessages.Link(elder.ClientId);
            db.EnqueueCredit(source, new ServiceCredit(station, visit.WorkerId, home ? Indicators.Outreach : Indicators.OutreachPhone, 1, visit.VisitedOn, [elder.ClientId], $"特殊困难老年人探访（{ElderMessages.KindName(visit.Kind)}）：{elder.Name}", link), clock);
            db.EnqueueTimeline(source, [elder.ClientId], LocalTime.Of(visitedAt), $"老年人探访（{ElderMessages.KindName(visit.Kind)}）", visit.Content.Length > 80 ? visit.Content[..80] + "…" : visit.Content, link, clock);
            if (visit.Needs is { } needs)
            {
                db.EnqueueNeeds(source, new NeedOccasion(station, visit.WorkerId, visitedAt, "老年人探访", link), [new RecordedNeed(elder.ClientId, needKind, needs)], clock);
            }

            if (visit.Urgent)
            {
                db.EnqueueToLeads(source, "urgent", $"紧急：{user.DisplayName}在 {LocalTime.Of(visitedAt):yyyy-MM-dd HH:mm} 探访{elder.Name}时发现紧急情况：{visit.Safety ?? visit.Health}", link, clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
