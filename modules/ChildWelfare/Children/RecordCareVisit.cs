using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>A worker's report of a child found harmed or in danger: to whom, when, and the reference given.</summary>
public sealed record DangerReport(List<string> ReportedTo, DateTimeOffset? ReportedAt, string? Reference);

/// <summary>
/// A care visit (关爱探视) to a child with a file: what was seen of living conditions, guardianship, schooling, health,
/// safety and needs. A child found harmed or in danger needs the mandatory report, and every project lead is told at
/// once. The first home visit of a month to a child credits CHILD_CARE (2 h), through the outbox with the visit. The
/// needs written down (of <see cref="NeedKind"/>) go on the child's archive and are offered for a referral to a resource
/// (待链接需求), also through the outbox.
/// </summary>
[Requires(ChildWelfarePermissions.Record)]
public sealed class RecordCareVisit : IRequest<string>, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请填写探视时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(ErrorMessage = "请选择探视方式（入户或电话）。")]
    public ChildVisitKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写探视情况。")]
    [StringLength(4000, ErrorMessage = "探视情况不能超过 4000 字。")]
    public string Content { get; set; } = "";

    [StringLength(500, ErrorMessage = "居住条件不能超过 500 字。")] public string? LivingConditions { get; set; }
    [StringLength(500, ErrorMessage = "监护情况不能超过 500 字。")] public string? Guardianship { get; set; }
    [StringLength(500, ErrorMessage = "就学情况不能超过 500 字。")] public string? Schooling { get; set; }
    [StringLength(500, ErrorMessage = "健康情况不能超过 500 字。")] public string? Health { get; set; }
    [StringLength(500, ErrorMessage = "安全情况不能超过 500 字。")] public string? Safety { get; set; }
    [StringLength(500, ErrorMessage = "需求不能超过 500 字。")] public string? Needs { get; set; }

    /// <summary>What kind of help <see cref="Needs"/> asks for: a <see cref="NeedKinds"/> code, <c>other</c> when left out.</summary>
    [StringLength(20, ErrorMessage = "请从列表中选择需求类型。")] public string? NeedKind { get; set; }

    /// <summary>The child was found harmed or in danger.</summary>
    public bool ChildInDanger { get; set; }

    public DangerReport? Report { get; set; }

    /// <summary>Photos already checked and kept by the upload store (set by the page, never read from JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal List<Platform.Modularity.Files.StoredUpload> Photos { get; set; } = [];

    string IAudited.AuditAction => ChildInDanger ? "儿童关爱探视（发现危险并报告）" : "儿童关爱探视";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Kind} {VisitedAt:yyyy-MM-dd HH:mm}";

    internal sealed class Handler(ChildWelfareDb db, ChildFiles files, ICurrentUser user, ChildWelfareRules rules, TimeProvider clock) : IRequestHandler<RecordCareVisit, string>
    {
        public async Task<string> Handle(RecordCareVisit request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记儿童档案和探视");
            var file = await files.ForRecordingAsync(request.ClientId, cancellationToken);

            var now = clock.GetUtcNow();
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock, "探视");
            var needKind = NeedKinds.CodeOrOther(request.NeedKind);

            var visit = new CareVisit(file.ClientId, station, user.UserId!, request.Kind!.Value, visitedAt.UtcDateTime, request.Content.Trim(), now.UtcDateTime)
            {
                LivingConditions = Clean(request.LivingConditions),
                Guardianship = Clean(request.Guardianship),
                Schooling = Clean(request.Schooling),
                Health = Clean(request.Health),
                Safety = Clean(request.Safety),
                Needs = Clean(request.Needs),
                NeedKind = Clean(request.Needs) is null ? null : needKind,
                ChildInDanger = request.ChildInDanger,
            };
            if (request.ChildInDanger)
            {
                Report(visit, request.Report, now);
            }

            visit.AddPhotos(request.Photos);

            if (visit.Kind == ChildVisitKind.Home)
            {
                var credited = await db.Visits.CountAsync(v => v.ClientId == file.ClientId && v.Month == visit.Month && v.Credited && !v.IsWithdrawn, cancellationToken);
                if (credited < rules.CreditedVisitsPerMonth)
                {
                    visit.Credited = true;
                    db.EnqueueCredit(ChildMessages.Visit(visit.Id), new ServiceCredit(station, visit.WorkerId, Indicators.ChildCare, 1, visit.Date, [file.ClientId], $"困境儿童关爱探视：{file.Name}", ChildMessages.Link(file.ClientId)), clock);
                }
            }

            db.Visits.Add(visit);
            if (visit.Needs is { } needs)
            {
                db.EnqueueNeeds(ChildMessages.Visit(visit.Id), new NeedOccasion(station, visit.WorkerId, visitedAt, "儿童关爱探视", ChildMessages.Link(file.ClientId)), [new RecordedNeed(file.ClientId, needKind, needs)], clock);
            }

            db.EnqueueTimeline(ChildMessages.Visit(visit.Id), [file.ClientId], LocalTime.Of(visitedAt), visit.Kind == ChildVisitKind.Home ? "儿童关爱入户探视" : "儿童关爱电话", visit.Content.Length > 80 ? visit.Content[..80] + "…" : visit.Content, ChildMessages.Link(file.ClientId), clock);
            if (visit.ChildInDanger)
            {
                db.EnqueueToLeads(ChildMessages.Visit(visit.Id), "danger", $"紧急：{user.DisplayName}在 {LocalTime.Of(visitedAt):yyyy-MM-dd HH:mm} 探视{file.Name}时发现儿童受到伤害或处于危险中，已向{ChildMessages.Targets(visit.ReportedTo)}报告（{visit.ReportReference}）。", ChildMessages.Link(file.ClientId), clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }

        private static void Report(CareVisit visit, DangerReport? report, DateTimeOffset now)
        {
            var targets = ReportedTo.None;
            foreach (var target in report?.ReportedTo ?? [])
            {
                targets |= target switch
                {
                    "police" => ReportedTo.Police,
                    "civilAffairs" => ReportedTo.CivilAffairs,
                    "school" => ReportedTo.School,
                    _ => throw new BusinessRuleException($"报告对象“{target}”不认识：可选 police（公安）、civilAffairs（民政）、school（学校/教育部门）。", "report"),
                };
            }

            if (targets == ReportedTo.None)
            {
                throw new BusinessRuleException("发现儿童受到伤害或处于危险时，须立即报告：请选择已报告的部门（公安、民政、学校）。", "report");
            }

            if (report!.ReportedAt is not { } at || at > now + TimeSpan.FromMinutes(5))
            {
                throw new BusinessRuleException("请填写报告的时间（不能晚于现在）。", "report");
            }

            if (string.IsNullOrWhiteSpace(report.Reference) || report.Reference.Trim().Length > 100)
            {
                throw new BusinessRuleException("请填写报告的回执或接警编号、接报人（100 字以内）。", "report");
            }

            visit.ReportedTo = targets;
            visit.ReportedAt = at.UtcDateTime;
            visit.ReportReference = report.Reference.Trim();
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
